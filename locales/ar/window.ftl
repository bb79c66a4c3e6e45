# limber: window (ar)
