# limber: window (fr)
