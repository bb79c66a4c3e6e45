# limber: catalog (en)
