# limber: common (es)
