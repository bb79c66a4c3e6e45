# limber: commands (fr)
