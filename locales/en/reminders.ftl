# limber: reminders (en)
