# limber: config (ar)
