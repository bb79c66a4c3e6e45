# limber: catalog (es)
