# limber: config (en)
