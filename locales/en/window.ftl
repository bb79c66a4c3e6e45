# limber: window (en)
