# limber: config (es)
