# limber: catalog (de)
