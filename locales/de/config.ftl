# limber: config (de)
