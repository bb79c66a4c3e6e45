# limber: reminders (de)
