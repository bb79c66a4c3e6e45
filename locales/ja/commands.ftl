# limber: commands (ja)
