# German translation; wants a native speaker's review.

## Mit dem laufenden limber sprechen.
error-not-running = limber läuft nicht (starte es mit `limber`)
error-other-user = { $socket } wird nicht angesprochen: Ein anderer Benutzer (UID { $uid }) bedient es, nicht dein limber
error-cannot-talk = Keine Verbindung zu limber: { $error }
error-no-answer = limber hat nicht innerhalb von { $seconds } s geantwortet
error-odd-answer = limber hat etwas Unerwartetes geantwortet: „{ $answer }“

## Was das laufende limber ablehnt.
error-not-paused = limber ist nicht pausiert.
error-nothing-enabled = Für die Positionen in deiner Konfiguration ist keine Dehnung aktiviert.
error-stretch-under-way = Es läuft schon eine Dehnung ({ $current }).
error-not-the-stretch-under-way = „{ $id }“ ist nicht die laufende Dehnung ({ $current }).
error-nothing-due = Keine Erinnerung ist fällig. Um die nächste aufzuschieben, nutze `limber snooze`.
error-no-such-stretch = Es gibt keine Dehnung namens „{ $id }“; `limber list` zeigt alle.

## Eine Datei, die limber nicht liest.
error-not-a-file = das ist { $kind ->
        [folder] ein Ordner
        [fifo] eine benannte Pipe (FIFO)
        [socket] ein Socket
        [device] ein Gerät
       *[other] etwas anderes als eine Datei
    }, keine normale Datei
error-file-too-large = diese Datei ist größer als { $size }, mehr als limber je schreibt oder liest
error-cannot-read = kann nicht gelesen werden: { $error }
error-size-mib = { $count } MiB
error-size-kib = { $count } KiB
error-size-bytes = { $count ->
        [one] { $count } Byte
       *[other] { $count } Bytes
    }
error-not-utf8 = { $path } ist kein UTF-8-Text
error-no-folder = { $path } liegt in keinem Ordner

## Der gespeicherte Zustand und der Verlauf.
error-state-unreadable = Der gespeicherte Zustand in { $path } ließ sich nicht lesen: { $reason }
error-history-line-too-long = länger als { $kib } KiB, was kein Eintrag ist
error-history-cannot-read-on = Weiterlesen nicht möglich: { $error }
error-history-line-incomplete = die letzte Zeile ist unvollständig (limber wurde beim Schreiben beendet)

## Der Laufzeitordner.
error-runtime-folder-refused = Der Laufzeitordner { $path } wird nicht benutzt: { $why }; es muss ein Ordner sein, den nur du benutzen kannst (entferne ihn oder setze XDG_RUNTIME_DIR auf einen solchen)
error-runtime-folder-link = er ist ein symbolischer Link
error-runtime-folder-not-a-folder = er ist kein Ordner
error-runtime-folder-owner = er gehört einem anderen Benutzer (UID { $uid })
error-runtime-folder-open = er ist für andere Benutzer offen (Modus { $mode })
error-no-home = weder { $variable } noch HOME ist gesetzt
error-no-home-folder = dein Benutzerordner ist nicht zu finden

## Beim Anmelden starten.
error-autostart-cannot-change = { $place } lässt sich nicht ändern: { $error }
error-autostart-where-installed = Es ist nicht festzustellen, wo limber installiert ist: { $error }

## Ein Programm starten, und die Fenster.
error-cannot-start-limber = limber lässt sich nicht starten: { $error }
error-cannot-start-program = { $program } lässt sich nicht starten: { $error }
error-window-cannot-open = Kein Fenster zu öffnen: { $error }
error-window-failed = Das Fenster ist fehlgeschlagen: { $error }
error-window-cannot-draw = Zeichnen nicht möglich: { $error }
error-window-too-large = Das Fenster ist zu groß zum Zeichnen
error-window-helper = Start nicht möglich: { $error }
