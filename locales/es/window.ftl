# Spanish translation; wants a native speaker's review.
# limber: window (es)

## The timer window

window-title = limber — { $stretch }

window-phase-setup = Colócate en posición
window-phase-setup-side = { $side ->
    [right] Colócate en posición: lado derecho
   *[left] Colócate en posición: lado izquierdo
}
window-phase-hold = Mantén la postura
window-phase-hold-side = { $side ->
    [right] Mantén la postura: lado derecho
   *[left] Mantén la postura: lado izquierdo
}
window-phase-switch = { $side ->
    [right] Cambia al lado derecho
   *[left] Cambia al lado izquierdo
}
window-phase-come-out = Sal de la postura despacio
window-phase-done = Terminado

window-where-and-how-long = { $per_side ->
    [yes] { $place } · { $seconds } s por lado
   *[no] { $place } · { $seconds } s
}
window-where-and-how-long-grew = { $per_side ->
    [yes] { $place } · Ahora { $seconds } s por lado — ya lo has hecho { $count ->
        [one] una vez
        [many] { $count } de veces
       *[other] { $count } veces
    }
   *[no] { $place } · Ahora { $seconds } s — ya lo has hecho { $count ->
        [one] una vez
        [many] { $count } de veces
       *[other] { $count } veces
    }
}

window-breathe-in = Toma aire…
window-breathe-out = Suelta el aire…
window-ready = Cuando quieras
window-until-hold = para colocarte
window-until-come-out = para salir de la postura
window-paused = En pausa
window-ring-done = Hecho
window-ring-held = Mantenido: { $held }
window-ring-held-in-all = mantenido en total

window-held-seconds = { $seconds } s
window-held-minutes-seconds = { $minutes } min { $seconds } s

window-end-done-title = ¡Bien hecho!
window-end-stopped-title = Terminado antes de tiempo
window-today-of-goal = { $done } de { $goal } hoy
window-today-past-goal = { $done } hoy (objetivo: { $goal })
window-end-done-body = Tiempo mantenido: { $held }. Entre estiramientos, levántate y camina unos minutos cada hora.
window-end-stopped-body = { $held_of } Todo suma; la próxima vez, intenta completar el tiempo. Entre estiramientos, levántate y camina unos minutos cada hora.
window-held-of-sides = { $first_side ->
    [right] Tiempo mantenido: { $first } de { $hold } s en el lado derecho y { $second } de { $hold } s en el izquierdo.
   *[left] Tiempo mantenido: { $first } de { $hold } s en el lado izquierdo y { $second } de { $hold } s en el derecho.
}
window-held-of = Tiempo mantenido: { $held } de { $planned } s.

window-button-start = Empezar
window-button-in-position = Estoy en posición
window-button-pause = Pausar
window-button-resume = Reanudar
window-button-extend = +{ $seconds } s
window-button-skip = Omitir
window-button-done = Hecho
window-button-close = Cerrar

window-step-number = { $number }.

## What a screen reader hears in the timer window

window-key-enter = Intro
window-key-space = Espacio
window-key-escape = Escape
window-key-left = Flecha izquierda
window-key-right = Flecha derecha
window-countdown-read = { $countdown } { $caption }
window-steps = Pasos
window-cautions = Precauciones
window-say-phase = { $phase }. { $seconds ->
    [one] Queda 1 segundo
    [many] Quedan { $seconds } de segundos
   *[other] Quedan { $seconds } segundos
}
window-say-seconds-left = { $seconds ->
    [one] Queda 1 segundo
    [many] Quedan { $seconds } de segundos
   *[other] Quedan { $seconds } segundos
}
window-say-paused = En pausa
window-say-resumed = Reanudado

## The control window

window-control-back = ‹ Atrás

## The week picture

window-week-title = limber — tu semana
window-week-heading-this = Tu semana
window-week-heading-before = La semana anterior
window-week-subtitle = { $range } · minutos en la silla por hora, { $from }–{ $to }
window-week-range = { $first } – { $last }
window-week-hint = Pasa el puntero por una hora, o usa las flechas del teclado, para ver qué ocurrió en ella.
window-week-hint-approximate = Pasa el puntero por una hora, o usa las flechas del teclado, para ver qué ocurrió en ella. El tiempo en la silla registrado antes de que esta versión de limber guardara la hora de cada racha aparece donde se detectó cada descanso.
window-week-step-none = nada
window-week-step-under-15 = menos de 15
window-week-step-15-30 = 15–30
window-week-step-30-45 = 30–45
window-week-step-45-60 = 45–60 min
window-week-legend-done = estiramiento hecho
window-week-legend-held = recordatorio retenido
window-week-button-before = Semana anterior
window-week-button-this = Esta semana

window-week-hour-span = { $day }, { $from }–{ $to }
window-week-hour-future = { $span }: aún por llegar
window-week-hour = { $span }: { $what }
window-week-no-sitting = sin tiempo en la silla
window-week-sat = { $length } en la silla
window-week-stretches-done = { $count ->
    [one] 1 estiramiento hecho
    [many] { $count } de estiramientos hechos
   *[other] { $count } estiramientos hechos
}
window-week-held-one = un recordatorio retenido por { $reasons } ({ $span })
window-week-held-many = { $count } recordatorios retenidos: { $holds }
window-week-held-each = por { $reasons } ({ $span })
window-week-reason-call = una llamada
window-week-reason-do-not-disturb = «No molestar»
window-week-reason-fullscreen = una ventana a pantalla completa
window-week-reason-gnome-break = la pausa de GNOME
window-week-reason-busy = otra actividad

window-week-day-total = { $sat } · { $done }/{ $goal }
window-week-short-hours = { $hours } h { $minutes }
window-week-short-minutes = { $minutes } min
window-week-day-total-read = { $day }: { $total }

window-week-today-under = Hoy: { $done } de { $goal } estiramientos. El artículo aconseja al menos dos al día.
window-week-today-met = Hoy: { $done } de { $goal } estiramientos; objetivo cumplido.
window-week-today-past = Hoy: { $done } estiramientos, por encima del objetivo de { $goal }.
window-week-streak-none = Racha: ninguna todavía; haz { $goal } estiramientos en un día laborable para empezar una.
window-week-streak = { $days ->
    [one] Racha: 1 día laborable con { $goal } estiramientos.
   *[other] Racha: { $days } días laborables seguidos con { $goal } estiramientos.
}
window-week-longest = Racha más larga sin levantarte esta semana: { $length }, { $when }.
window-week-longest-when = { $day } { $span }
window-week-longest-none = Racha más larga sin levantarte esta semana: sin registros.

window-week-column-this = Esta semana
window-week-column-before = Semana anterior
window-week-figure-done = Estiramientos hechos
window-week-figure-sitting = Tiempo en la silla
window-week-figure-goal = Objetivo cumplido
window-week-figure-longest = Racha más larga
window-week-goal-days = { $met } de { $days ->
    [one] 1 día laborable
   *[other] { $days } días laborables
}
window-week-longest-nothing = ninguna
window-week-comparison-read = { $this } y { $before }
window-week-comparison-row-read = { $figure }: { $now } ({ $this }), { $then } ({ $before })
