# limber: common (ja)
