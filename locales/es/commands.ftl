# limber: commands (es)
