# limber: reminders (es)
