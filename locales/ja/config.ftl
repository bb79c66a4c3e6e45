# limber: config (ja)
