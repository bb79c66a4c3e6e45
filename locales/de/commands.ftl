# German translation; wants a native speaker's review.
# limber: the command line (de). Commands, options and values stay as they are written.

## The help. Commands' descriptions are short lines in a list: no full stop at the end.
cli-help = limber: Dehnen, wo die hintere Oberschenkelmuskulatur ins Gesäß übergeht – einmal pro Stunde Sitzen.
    .long = Ohne Befehl startet limber im Infobereich (meist beim Anmelden); `limber open` zeigt sein Fenster, wie es auch das Anwendungsmenü tut. Alle anderen Befehle sprechen mit dem laufenden limber oder arbeiten eigenständig, wo das sinnvoll ist.
    .arg-config = Diese Konfigurationsdatei statt $XDG_CONFIG_HOME/limber/config.toml verwenden
    .arg-help = Hilfe anzeigen
    .arg-version = Version anzeigen
    .help = Diese Hilfe oder die Hilfe zum angegebenen Befehl anzeigen
    .open = Das Fenster von limber öffnen: aktueller Stand, die nächste Dehnung und alles, was der Infobereich bietet (startet limber zuerst, falls es nicht läuft)
    .status = Sitzzeit, nächste Erinnerung und eine Pause oder Verschiebung anzeigen
    .status-arg-json = Ein JSON-Objekt statt Text ausgeben
    .stretch = Jetzt eine Dehnung starten (die nächste in der Reihenfolge oder die genannte)
    .stretch-arg-id = Eine Dehnungs-ID aus `limber list`
    .stretch-arg-here = Das Timer-Fenster aus diesem Prozess öffnen, statt das laufende limber zu fragen
    .stretch-arg-ready = Mit --here: auf einem Bereit-Bildschirm warten, bis „Starten“ gedrückt wird
    .snooze = Die fällige oder die nächste Erinnerung verschieben (Standarddauer aus der Konfiguration)
    .snooze-arg-duration = Wie lange, z. B. 10m, 1h, 90s (5 Sekunden bis 8 Stunden)
    .skip = Die fällige Erinnerung überspringen; die nächste kommt nach einem weiteren vollen Intervall
    .pause = Erinnerungen eine Weile aussetzen (ohne Dauer bis `limber resume`)
    .pause-arg-duration = Wie lange, z. B. 30m oder 2h (5 Sekunden bis 7 Tage)
    .pause-arg-until_tomorrow = Bis morgen 04:00
    .resume = Eine Pause beenden
    .list = Die Dehnungen auflisten: eingebaute und deine eigenen
    .stats = Was du getan hast: Erinnerungen, Dehnungen, verschobene und übersprungene Erinnerungen, längste Sitzphase; deine Woche als Bild; oder dein Verlauf zum Mitnehmen, als JSON oder CSV
    .stats-arg-week = Die letzten sieben Tage, Tag für Tag
    .stats-arg-show = Deine Woche in einem Fenster zeigen: Sitzzeit pro Stunde, Dehnungen, zurückgehaltene Erinnerungen, Serien
    .stats-arg-json = Die Tage und Ereignisse als ein JSON-Dokument ausgeben (Schema: docs/export.md)
    .stats-arg-csv = Die Ereignisse als CSV ausgeben, eine Zeile pro Ereignis (Schema: docs/export.md)
    .stats-arg-since = Mit --json oder --csv: erst ab diesem Tag (JJJJ-MM-TT, nach deinem Kalender)
    .config = Mit der Konfigurationsdatei arbeiten
    .config-path = Ausgeben, woher die Konfigurationsdatei gelesen wird
    .config-check = Die Konfigurationsdatei prüfen und das erste Problem mit Zeile und Spalte melden
    .config-init = Die dokumentierte Standardkonfiguration schreiben (überschreibt nie eine vorhandene Datei)
    .autostart = limber beim Anmelden starten oder das abstellen (derselbe Schalter wie „Beim Anmelden starten“ im Infobereich)
    .autostart-enable = limber beim Anmelden starten
    .autostart-disable = limber beim Anmelden nicht starten
    .autostart-status = Anzeigen, ob limber beim Anmelden startet und aufgrund welcher Datei
    .quit = Das laufende limber beenden
cli-window-about = Die Fenster von limber: von limber gestartet für `open`, `stretch --here` und `stats --show`
## Headings of the help.
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen

## What the commands print. Errors follow "limber: ".
cli-could-not-write = { $path } konnte nicht geschrieben werden: { $problem }
cli-cannot-write-output = die Ausgabe kann nicht geschrieben werden: { $problem }
cli-window-only = { $program } zeigt nur die Fenster von limber (`open`, `stretch --here`, `stats --show`); für alles andere `limber` aufrufen

## limber list: a table.
cli-list-heading-id = ID
cli-list-heading-name = NAME
cli-list-heading-where = WO
cli-list-heading-hold = HALTEN
cli-list-heading-sides = SEITEN
cli-list-each-side = je Seite
cli-list-once = einmal
cli-list-off = aus
cli-list-hold-grown = { $hold } (+{ $added })

## limber stats
cli-stats-today = Heute ({ $day })
cli-stats-last-seven-days = Letzte 7 Tage
cli-stats-reminders = Erinnerungen
cli-stats-done = Dehnungen gemacht
cli-stats-stopped-early = vorzeitig beendet
cli-stats-snoozed = verschoben
cli-stats-skipped = übersprungen
cli-stats-dismissed = verworfen
cli-stats-stretching = Dehnzeit
cli-stats-longest-sitting = längste Sitzphase
## limber stats --week: column headings.
cli-stats-week-day = TAG
cli-stats-week-reminders = ERINNERUNGEN
cli-stats-week-done = GEMACHT
cli-stats-week-snoozed = VERSCHOBEN
cli-stats-week-skipped = ÜBERSPRUNGEN
cli-stats-week-stretched = GEDEHNT
cli-stats-week-longest-sitting = LÄNGSTE SITZPHASE
cli-history-unreadable = der Verlauf konnte nicht gelesen werden: { $problem }
cli-history-damaged-line = { $path }:{ $line }: beschädigte Zeile übersprungen ({ $reason })
cli-history-more-damaged = { $path }: { $count ->
        [one] eine weitere beschädigte Zeile übersprungen
       *[other] { $count } weitere beschädigte Zeilen übersprungen
    }
cli-history-left-out = { $path }: { $count ->
        [one] ein Ereignis ausgelassen, dessen Zeiten keine echte Dehnung oder Sitzphase haben kann
       *[other] { $count } Ereignisse ausgelassen, deren Zeiten keine echte Dehnung oder Sitzphase haben kann
    }

## limber config check|init
cli-config-ok = { $path }: in Ordnung
cli-config-absent = { $path }: nicht vorhanden; limber verwendet die Standardeinstellungen
cli-config-exists = { $path } ist bereits vorhanden und wurde nicht verändert
cli-config-written = Standardkonfiguration nach { $path } geschrieben

## limber autostart
cli-autostart-systemd-too = Die systemd-Benutzereinheit limber.service ist ebenfalls aktiviert: `systemctl --user disable limber.service`, falls limber nur auf diesem Weg starten soll (ein zweiter Start würde nur feststellen, dass limber schon läuft).

## limber stretch
cli-stretch-unknown = es gibt keine Dehnung namens „{ $id }“; `limber list` zeigt alle
cli-stretch-none-enabled = für die Positionen in deiner Konfiguration ist keine Dehnung aktiviert

## limber open
cli-open-not-running = limber läuft nicht
cli-open-next = Nächste Dehnung
cli-open-stretching-now = Dehnung läuft
cli-open-due-now = Jetzt fällig
cli-open-no-status = limber hat ohne seinen Status geantwortet
cli-open-opened-settings = { $path } wurde in deinem Editor geöffnet.
cli-open-opened-week = Deine Woche wurde geöffnet.
cli-open-week-failed = deine Woche konnte nicht geöffnet werden: { $problem }
