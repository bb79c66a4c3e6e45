# German translation; wants a native speaker's review.
# limber: reminders, the tray and the daemon (de).

## The reminder: a notification with buttons.

reminder-summary = Zeit zum Dehnen · seit { $sitting } im Sitzen
# At most 100 characters for every built-in stretch; German keeps the name's capital.
reminder-body = { $lead }: { $stretch }, { $per_side ->
        [yes] { $hold_secs } s je Seite
       *[no] { $hold_secs } s halten
    }. { $cue }.
    .stretch-case = keep

reminder-start = Starten
reminder-snooze = { $length } später
reminder-skip = Überspringen

reminder-no-tray = Kein Symbol im Infobereich: Öffne limber über deine Anwendungen (Rechtsklick darauf für „Später erinnern“ und „Pausieren“).
reminder-no-tray-gnome = Kein Symbol im Infobereich: Öffne limber über deine Anwendungen (Rechtsklick darauf für „Später erinnern“ und „Pausieren“). Die GNOME-Erweiterung „AppIndicator“ zeigt das Symbol in der oberen Leiste.

reminder-config-kept = limber behält deine bisherigen Einstellungen

## The tray's first line.

reminder-held-until = Deine Dehnung wartet, bis { $reasons }
reminder-held = Deine Dehnung wartet auf einen besseren Moment
reminder-held-until-call = der Anruf beendet ist
reminder-held-until-fullscreen = du den Vollbildmodus verlässt
reminder-held-until-do-not-disturb = „Nicht stören“ ausgeschaltet ist
reminder-held-until-gnome-break = die GNOME-Bewegungspause eine Weile zurückliegt

tray-status-stretching = Dehnung läuft: { $stretch }
tray-status-stretching-unnamed = Dehnung läuft
tray-status-due = Zeit zum Dehnen: { $stretch }
tray-status-due-unnamed = Zeit zum Dehnen
tray-status-paused = Pausiert
tray-status-paused-until = Pausiert bis { $day ->
        [today] { $time }
       *[other] { $day }, { $time }
    }
tray-status-on-break = In der Pause
tray-status-sitting = Seit { $sitting } im Sitzen
tray-status-next = Seit { $sitting } im Sitzen · nächste Dehnung in { $left }
tray-status-snoozed = Seit { $sitting } im Sitzen · verschoben, nächste Dehnung in { $left }
tray-status-off-until = Seit { $sitting } im Sitzen · ruht bis { $day ->
        [today] { $time }
       *[other] { $day }, { $time }
    }
tray-status-beside-gnome-breaks = { $line } · zusätzlich zu den GNOME-Bewegungspausen

## The tray's menu (short items).

tray-stretch-now = Jetzt dehnen
tray-stretch-choose = Dehnung wählen…
tray-stretch-choice = { $stretch } ({ $position })
tray-snooze = Später erinnern
tray-pause = Pausieren
tray-pause-minutes = { $minutes } min
tray-pause-hours = { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }
tray-pause-until-tomorrow = Bis morgen
tray-resume = Fortsetzen
tray-remind-anyway = Heute trotzdem erinnern
tray-your-week = Deine Woche…
tray-start-at-login = Beim Anmelden starten
tray-open-settings = Einstellungen öffnen
tray-quit = Beenden
tray-tooltip = limber · { $status }

## What the daemon answers a command, or says when started twice.

daemon-too-many-windows = Zu viele Timer-Fenster sind geöffnet (höchstens { $max }).
daemon-window-failed = Das Timer-Fenster ließ sich nicht öffnen ({ $error }), deshalb wurde die Dehnung nicht gestartet.
daemon-window-taken = Ein anderes Timer-Fenster zeigt bereits die laufende Dehnung.
daemon-snooze-refused = Ein Verschieben um { $secs } s ist { $why }.
daemon-pause-refused = Eine Pause von { $secs } s ist { $why }.
daemon-already-running = limber läuft bereits
daemon-already-running-elsewhere = limber läuft bereits als Prozess { $pid } auf { $socket }; Befehle aus diesem Terminal suchen es auf { $ours }: Setz für sie XDG_RUNTIME_DIR={ $folder }
daemon-already-running-unreachable = limber läuft bereits als Prozess { $pid }, ist aber für keinen Befehl erreichbar: Sein Laufzeitordner wurde abgelehnt (warum, steht in seinem Log)
daemon-running-elsewhere = limber läuft als Prozess { $pid } auf { $socket }; Befehle aus diesem Terminal suchen es auf { $ours }: Setz für sie XDG_RUNTIME_DIR={ $folder }
daemon-running-unreachable = limber läuft als Prozess { $pid }, ist aber für keinen Befehl erreichbar: Sein Laufzeitordner wurde abgelehnt (warum, steht in seinem Log)

daemon-cannot-start = kann nicht starten: { $problem }
daemon-running-on-defaults = läuft mit den Standardeinstellungen, bis die Datei korrigiert ist
daemon-cannot-serve = kann auf { $socket } keine Befehle annehmen: { $error }
daemon-event-loop-cannot-start = die Ereignisschleife kann nicht starten: { $error }
daemon-event-loop-failed = die Ereignisschleife ist fehlgeschlagen: { $error }

## `limber autostart status`, and after switching it.

autostart-on-ours = Beim Anmelden starten: an ({ $path })
autostart-off = Beim Anmelden starten: aus
autostart-off-ours = Beim Anmelden starten: aus ({ $path })
autostart-on-users = Beim Anmelden starten: an (dein eigener Eintrag, { $path })
autostart-off-users = Beim Anmelden starten: aus (dein eigener Eintrag, { $path })
autostart-on-system = Beim Anmelden starten: an (systemweiter Eintrag, { $path })
autostart-off-system = Beim Anmelden starten: aus (systemweiter Eintrag, { $path })
autostart-on-platform = Beim Anmelden starten: an ({ $place })
autostart-off-platform = Beim Anmelden starten: aus ({ $place })
