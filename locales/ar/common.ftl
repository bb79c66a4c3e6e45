# limber: common (ar)
