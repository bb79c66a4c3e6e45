# German translation; wants a native speaker's review.
# limber: config errors (de). Keys, values from the file and TOML syntax stay as written;
# straight quotes mark what is written in the file, „…“ quote words.

config-break-after-not-shorter = break_after ({ $break_after }) muss kürzer sein als reminder.every ({ $every }), sonst würde jede Pause als Unterbrechung des Sitzens zählen
config-not-utf8 = ungültiges UTF-8: Eine TOML-Datei muss UTF-8-Text sein
config-unknown-language = language = "{ $language }" ist keine Sprache, die limber spricht; verwende eine von { $known }

## Durations. The reasons complete "… ist".
config-duration-invalid = { $key } = "{ $value }" ist { $reason }
config-duration-not-a-duration = keine Dauer: { $why }; schreib etwa "45m", "1h 30m" oder "20s"
config-duration-months = keine Dauer: „M“ steht für Monate; für Minuten schreib „m“
config-duration-calendar-unit = keine Dauer: „{ $unit }“ ist eine zu große Einheit; verwende s, m, h oder d, etwa "2h" oder "1d"
config-duration-not-whole = keine ganze Zahl von Sekunden: limber rechnet in Sekunden
config-duration-out-of-range = nicht im erlaubten Bereich: erwartet wird ein Wert zwischen { $min } und { $max }
config-duration-why-empty = sie ist leer
config-duration-why-too-large = die Zahl ist zu groß
config-duration-why-unknown-unit = „{ $unit }“ ist keine Zeiteinheit
config-duration-why-negative = sie darf nicht negativ sein
config-duration-why-expected-number = erwartet wird eine Zahl mit Einheit bei „{ $at }“
# These follow the TOML parser's English "expected".
config-expected-duration = eine Dauer in Anführungszeichen, etwa "45m", "1h" oder "20s"
config-expected-list = eine Liste in eckigen Klammern, etwa ["a", "b"]
config-expected-tables = eine Liste von Tabellen: Beginne jede eigene Dehnung mit [[stretches.custom]], in doppelten Klammern

## Working hours, like "Mon-Fri 09:00-17:30".
config-hours-expected = erwartet werden Tage und Uhrzeiten wie "Mon-Fri 09:00-17:30"
config-hours-24-only-ends = 24:00 kann nur das Ende eines Zeitfensters sein
config-hours-end-after-start = das Ende muss nach dem Beginn liegen
config-hours-end-at-midnight = für ein Ende um Mitternacht schreib 24:00: "{ $evening }"
config-hours-cross-midnight = ein Zeitfenster kann nicht über Mitternacht gehen; schreib es als zwei Einträge: "{ $evening }", "{ $morning }"
config-hours-unknown-day = unbekannter Tag „{ $day }“: verwende Mon, Tue, Wed, Thu, Fri, Sat, Sun oder Daily
config-hours-bad-time = „{ $time }“ ist keine Uhrzeit wie 09:00 oder 17:30

## The [stretches] table and custom stretches.
config-stretch-id-built-in = die ID „{ $id }“ der eigenen Dehnung gehört schon einer eingebauten Dehnung; wähle eine andere ID
config-stretch-id-twice = die ID „{ $id }“ einer eigenen Dehnung kommt zweimal vor
config-disabled-unknown-id = unbekannte Dehnungs-ID „{ $id }“ in disabled; `limber list` zeigt die IDs
config-nothing-left = mit diesen Positionen und deaktivierten IDs bleibt keine Dehnung übrig; erlaube eine weitere Position oder aktiviere eine Dehnung
config-positions-empty = positions ist leer: Gib mindestens einen der Werte "chair", "standing" oder "floor" an
config-stretch-id-shape = die Dehnungs-ID „{ $id }“ muss in kebab-case geschrieben sein und darf höchstens { $max } Zeichen lang sein, etwa "my-hip-stretch"
config-steps-count = steps muss 1 bis { $max } Anweisungen in ihrer Reihenfolge enthalten; gefunden: { $count }
config-cautions-count = cautions darf höchstens { $max ->
        [one] { $max } zusätzlichen Hinweis
       *[other] { $max } zusätzliche Hinweise
    } enthalten
config-text-empty = { $key ->
        [steps] kein Schritt darf leer sein
        [cautions] kein Hinweis darf leer sein
       *[other] { $key } darf nicht leer sein
    }
config-text-too-long = { $key ->
        [steps] jeder Schritt
        [cautions] jeder Hinweis
       *[other] { $key }
    } muss eine einzelne Zeile mit höchstens { $max } Zeichen sein
config-text-control = { $key ->
        [steps] kein Schritt darf Steuerzeichen oder Zeichen enthalten, die die Schreibrichtung umkehren
        [cautions] kein Hinweis darf Steuerzeichen oder Zeichen enthalten, die die Schreibrichtung umkehren
       *[other] { $key } darf keine Steuerzeichen oder Zeichen enthalten, die die Schreibrichtung umkehren
    } (gefunden: U+{ $code })
