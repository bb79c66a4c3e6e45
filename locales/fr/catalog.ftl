# limber: catalog (fr)
