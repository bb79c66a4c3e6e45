# limber: reminders (ar)
