# limber: commands (de)
