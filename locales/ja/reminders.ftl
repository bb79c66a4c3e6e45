# limber: reminders (ja)
