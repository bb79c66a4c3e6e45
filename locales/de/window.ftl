# limber: window (de)
