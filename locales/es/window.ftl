# limber: window (es)
