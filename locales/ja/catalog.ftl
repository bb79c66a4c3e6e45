# limber: catalog (ja)
