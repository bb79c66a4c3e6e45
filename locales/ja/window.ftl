# limber: window (ja)
