# limber: commands (ar)
