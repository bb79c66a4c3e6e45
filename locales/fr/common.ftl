# limber: common (fr)
