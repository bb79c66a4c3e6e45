# limber: reminders (fr)
