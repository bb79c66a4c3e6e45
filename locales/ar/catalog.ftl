# limber: catalog (ar)
