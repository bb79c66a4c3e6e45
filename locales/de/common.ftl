# limber: common (de)
