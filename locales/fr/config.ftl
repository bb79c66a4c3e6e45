# limber: config (fr)
