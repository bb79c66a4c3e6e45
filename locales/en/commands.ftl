# limber: commands (en)
