# German translation; wants a native speaker's review.
# limber: window (de)

## The timer window

window-title = limber — { $stretch }

window-phase-setup = Ausgangsposition einnehmen
window-phase-setup-side = { $side ->
    [right] Ausgangsposition einnehmen: rechte Seite
   *[left] Ausgangsposition einnehmen: linke Seite
}
window-phase-hold = Halten
window-phase-hold-side = { $side ->
    [right] Halten: rechte Seite
   *[left] Halten: linke Seite
}
window-phase-switch = { $side ->
    [right] Zur rechten Seite wechseln
   *[left] Zur linken Seite wechseln
}
window-phase-come-out = Dehnung langsam lösen
window-phase-done = Fertig

window-where-and-how-long = { $per_side ->
    [yes] { $place } · { $seconds } s je Seite
   *[no] { $place } · { $seconds } s
}
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place } · Neu: { $seconds } s je Seite – du hast diese Dehnung schon { $count ->
        [one] einmal
       *[other] { $count }-mal
    } gemacht
   *[no] { $place } · Neu: { $seconds } s – du hast diese Dehnung schon { $count ->
        [one] einmal
       *[other] { $count }-mal
    } gemacht
}

window-breathe-in = Einatmen …
window-breathe-out = Ausatmen …
window-ready = Starte, wenn du bereit bist
window-until-hold = bis zum Halten
window-until-come-out = bis zum Lösen
window-paused = Pausiert
window-ring-done = Fertig
window-ring-held = { $held } gehalten
window-ring-held-in-all = insgesamt gehalten

window-held-seconds = { $seconds } s
window-held-minutes-seconds = { $minutes } min { $seconds } s

window-end-done-title = Gut gemacht
window-end-stopped-title = Vorzeitig beendet
window-today-of-goal = Heute { $done } von { $goal }
window-today-past-goal = Heute { $done } (Ziel: { $goal })
window-end-done-body = Du hast { $held } gehalten. Steh zwischen den Dehnungen jede Stunde auf und geh ein paar Minuten umher.
window-end-stopped-body = { $held_of } Jede Sekunde zählt; versuch beim nächsten Mal, die volle Zeit zu halten. Steh zwischen den Dehnungen jede Stunde auf und geh ein paar Minuten umher.
window-held-of-sides = { $first_side ->
    [right] Du hast rechts { $first } von { $hold } s gehalten und links { $second } von { $hold } s.
   *[left] Du hast links { $first } von { $hold } s gehalten und rechts { $second } von { $hold } s.
}
window-held-of = Du hast { $held } von { $planned } s gehalten.

window-button-start = Starten
window-button-in-position = Ich bin so weit
window-button-pause = Pausieren
window-button-resume = Fortsetzen
window-button-extend = +{ $seconds } s
window-button-skip = Überspringen
window-button-done = Fertig
window-button-close = Schließen

window-step-number = { $number }.

## What a screen reader hears in the timer window

window-key-enter = Eingabetaste
window-key-space = Leertaste
window-key-escape = Esc
window-key-left = Pfeil links
window-key-right = Pfeil rechts
window-countdown-read = { $countdown } { $caption }
window-steps = Schritte
window-cautions = Sicherheitshinweise
window-say-phase = { $phase }. { $seconds ->
    [one] Noch 1 Sekunde
   *[other] Noch { $seconds } Sekunden
}
window-say-seconds-left = { $seconds ->
    [one] Noch 1 Sekunde
   *[other] Noch { $seconds } Sekunden
}
window-say-paused = Pausiert
window-say-resumed = Fortgesetzt

## The control window

window-control-back = ‹ Zurück

## The week picture

window-week-title = limber — deine Woche
window-week-heading-this = Deine Woche
window-week-heading-before = Die Woche davor
window-week-subtitle = { $range } · Minuten im Sitzen pro Stunde, { $from }–{ $to }
window-week-range = { $first } – { $last }
window-week-hint = Zeig auf eine Stunde oder nutze die Pfeiltasten, um zu sehen, was in dieser Stunde los war.
window-week-hint-approximate = Zeig auf eine Stunde oder nutze die Pfeiltasten, um zu sehen, was in dieser Stunde los war. Sitzzeit aus der Zeit, bevor limber Sitzphasen mit Uhrzeit speicherte, steht dort, wo die jeweilige Pause bemerkt wurde.
window-week-step-none = keine
window-week-step-under-15 = unter 15
window-week-step-15-30 = 15–30
window-week-step-30-45 = 30–45
window-week-step-45-60 = 45–60 min
window-week-legend-done = Dehnung gemacht
window-week-legend-held = Erinnerung zurückgehalten
window-week-button-before = Woche davor
window-week-button-this = Diese Woche

window-week-hour-span = { $day }, { $from }–{ $to }
window-week-hour-future = { $span }: kommt noch
window-week-hour = { $span }: { $what }
window-week-no-sitting = nicht gesessen
window-week-sat = { $length } gesessen
window-week-stretches-done = { $count ->
    [one] 1 Dehnung gemacht
   *[other] { $count } Dehnungen gemacht
}
# The reasons below follow "wegen" (genitive).
window-week-held-one = eine Erinnerung { $span } wegen { $reasons } zurückgehalten
window-week-held-many = { $count } Erinnerungen zurückgehalten: { $holds }
window-week-held-each = { $span } wegen { $reasons }
window-week-reason-call = eines Anrufs
window-week-reason-do-not-disturb = „Nicht stören“
window-week-reason-fullscreen = eines Vollbildfensters
window-week-reason-gnome-break = der GNOME-Bewegungspause
window-week-reason-busy = anderer Beschäftigung

window-week-day-total = { $sat } · { $done }/{ $goal }
window-week-short-hours = { $hours } h { $minutes }
window-week-short-minutes = { $minutes } min
window-week-day-total-read = { $day }: { $total }

window-week-today-under = Heute: { $done } von { $goal } Dehnungen. Der Artikel empfiehlt mindestens zwei am Tag.
window-week-today-met = Heute: { $done } von { $goal } Dehnungen, Ziel erreicht.
window-week-today-past = Heute: { $done } Dehnungen, mehr als das Ziel von { $goal }.
window-week-streak-none = Serie: noch keine; { $goal } Dehnungen an einem Arbeitstag beginnen eine.
window-week-streak = { $days ->
    [one] Serie: 1 Arbeitstag mit { $goal } Dehnungen.
   *[other] Serie: { $days } Arbeitstage in Folge mit { $goal } Dehnungen.
}
window-week-longest = Längste Sitzphase diese Woche: { $length }, { $when }.
window-week-longest-when = { $day }, { $span }
window-week-longest-none = Längste Sitzphase diese Woche: keine erfasst.

window-week-column-this = Diese Woche
window-week-column-before = Woche davor
window-week-figure-done = Dehnungen gemacht
window-week-figure-sitting = Sitzzeit
window-week-figure-goal = Ziel erreicht
window-week-figure-longest = Längste Sitzphase
window-week-goal-days = { $met } von { $days ->
    [one] 1 Arbeitstag
   *[other] { $days } Arbeitstagen
}
window-week-longest-nothing = keine
window-week-comparison-read = { $this } und { $before }
window-week-comparison-row-read = { $figure }: { $now } { $this }, { $then } { $before }
