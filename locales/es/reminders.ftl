# Spanish translation; wants a native speaker's review.
# limber: reminders, the tray and the daemon (es). "Sitting" is said without a gendered
# participle: "sin levantarte" (a streak), "en la silla" (time sat).

## The reminder

reminder-summary = Hora de estirar · { $sitting } sin levantarte
# At most 100 characters with the longest built-in stretch.
reminder-body = { $lead }: { $stretch }, { $per_side ->
        [yes] { $hold_secs } s por lado
       *[no] { $hold_secs } s
    }. { $cue }.
    .stretch-case = lower

reminder-start = Empezar
reminder-snooze = Posponer { $length }
reminder-skip = Omitir

reminder-no-tray = No hay icono en la bandeja: abre limber desde tus aplicaciones (haz clic derecho en él para «Posponer» y «Pausar»).
reminder-no-tray-gnome = No hay icono en la bandeja: abre limber desde tus aplicaciones (haz clic derecho en él para «Posponer» y «Pausar»). La extensión AppIndicator de GNOME muestra el icono en la barra superior.

reminder-config-kept = limber conserva tu configuración anterior

## The tray's first line

reminder-held-until = Tu estiramiento espera hasta que { $reasons }
reminder-held = Tu estiramiento espera a un momento mejor
reminder-held-until-call = termine la llamada
reminder-held-until-fullscreen = salgas de la pantalla completa
reminder-held-until-do-not-disturb = se desactive «No molestar»
reminder-held-until-gnome-break = la pausa de GNOME quede bien atrás

tray-status-stretching = Estirando: { $stretch }
tray-status-stretching-unnamed = Estirando
tray-status-due = Hora de estirar: { $stretch }
tray-status-due-unnamed = Hora de estirar
tray-status-paused = En pausa
tray-status-paused-until = En pausa hasta { $day ->
        [today] las { $time }
       *[other] el { $day } a las { $time }
    }
tray-status-on-break = En un descanso
tray-status-sitting = { $sitting } sin levantarte
tray-status-next = { $sitting } sin levantarte · próximo estiramiento en { $left }
tray-status-snoozed = { $sitting } sin levantarte · pospuesto, próximo estiramiento en { $left }
tray-status-off-until = { $sitting } sin levantarte · fuera de horario hasta { $day ->
        [today] las { $time }
       *[other] el { $day } a las { $time }
    }
tray-status-beside-gnome-breaks = { $line } · junto con las pausas de GNOME

## The tray's menu

tray-stretch-now = Estirar ahora
tray-stretch-choose = Estirar…
tray-stretch-choice = { $stretch } ({ $position })
tray-snooze = Posponer
tray-pause = Pausar
tray-pause-minutes = { $minutes } min
tray-pause-hours = { $hours ->
        [one] { $hours } hora
        [many] { $hours } de horas
       *[other] { $hours } horas
    }
tray-pause-until-tomorrow = Hasta mañana
tray-resume = Reanudar
tray-remind-anyway = Recordarme hoy igualmente
tray-your-week = Tu semana…
tray-start-at-login = Abrir al iniciar sesión
tray-open-settings = Abrir configuración
tray-quit = Salir
tray-tooltip = limber · { $status }

## What the daemon answers

daemon-too-many-windows = Hay demasiadas ventanas de temporizador abiertas (como máximo { $max }).
daemon-window-failed = No se pudo abrir la ventana del temporizador ({ $error }), así que el estiramiento no ha empezado.
daemon-window-taken = Ya hay otra ventana de temporizador mostrando el estiramiento en curso.
daemon-snooze-refused = No se puede posponer { $secs } s: { $why }.
daemon-pause-refused = No se puede pausar { $secs } s: { $why }.
daemon-already-running = limber ya está en ejecución
daemon-already-running-elsewhere = limber ya está en ejecución como proceso { $pid }, en { $socket }; los comandos que des aquí lo buscan en { $ours }: ejecútalos con XDG_RUNTIME_DIR={ $folder }
daemon-already-running-unreachable = limber ya está en ejecución como proceso { $pid }, donde ningún comando puede llegar a él: se rechazó su carpeta de ejecución (su registro explica por qué)
daemon-running-elsewhere = limber está en ejecución como proceso { $pid }, en { $socket }; los comandos que des aquí lo buscan en { $ours }: ejecútalos con XDG_RUNTIME_DIR={ $folder }
daemon-running-unreachable = limber está en ejecución como proceso { $pid }, donde ningún comando puede llegar a él: se rechazó su carpeta de ejecución (su registro explica por qué)

daemon-cannot-start = no se puede iniciar: { $problem }
daemon-running-on-defaults = funcionando con la configuración predeterminada hasta que se corrija el archivo
daemon-cannot-serve = no se puede escuchar en { $socket }: { $error }
daemon-event-loop-cannot-start = no se puede iniciar el bucle de eventos: { $error }
daemon-event-loop-failed = el bucle de eventos ha fallado: { $error }

## limber autostart status

autostart-on-ours = Abrir al iniciar sesión: activado ({ $path })
autostart-off = Abrir al iniciar sesión: desactivado
autostart-off-ours = Abrir al iniciar sesión: desactivado ({ $path })
autostart-on-users = Abrir al iniciar sesión: activado (tu propia entrada, { $path })
autostart-off-users = Abrir al iniciar sesión: desactivado (tu propia entrada, { $path })
autostart-on-system = Abrir al iniciar sesión: activado (entrada de todo el sistema, { $path })
autostart-off-system = Abrir al iniciar sesión: desactivado (entrada de todo el sistema, { $path })
autostart-on-platform = Abrir al iniciar sesión: activado ({ $place })
autostart-off-platform = Abrir al iniciar sesión: desactivado ({ $place })
