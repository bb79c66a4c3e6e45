# Spanish translation; wants a native speaker's review.

## Hablar con el limber en marcha.
error-not-running = limber no está en marcha (inícialo con `limber`)
error-other-user = limber se niega a hablar con { $socket }: lo atiende otro usuario (uid { $uid }), no tu limber
error-cannot-talk = no se pudo hablar con limber: { $error }
error-no-answer = limber no respondió en { $seconds } s
error-odd-answer = limber respondió algo inesperado: «{ $answer }»

## Lo que rechaza el limber en marcha.
error-not-paused = limber no está en pausa.
error-nothing-enabled = Ningún estiramiento está activado para las posiciones de tu configuración.
error-stretch-under-way = Ya hay un estiramiento en curso ({ $current }).
error-not-the-stretch-under-way = «{ $id }» no es el estiramiento en curso ({ $current }).
error-nothing-due = No toca ningún recordatorio. Para aplazar el siguiente, usa `limber snooze`.
error-no-such-stretch = No hay ningún estiramiento llamado «{ $id }»; `limber list` los muestra todos.

## Un archivo que limber no lee.
error-not-a-file = esto es { $kind ->
        [folder] una carpeta
        [fifo] una tubería con nombre (FIFO)
        [socket] un socket
        [device] un dispositivo
       *[other] algo que no es un archivo
    }, no un archivo normal
error-file-too-large = este archivo ocupa más de { $size }, más de lo que limber escribe o lee nunca
error-cannot-read = no se puede leer: { $error }
error-size-mib = { $count } MiB
error-size-kib = { $count } KiB
error-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
error-not-utf8 = { $path } no es texto UTF-8
error-no-folder = { $path } no está en ninguna carpeta

## El estado guardado y el historial.
error-state-unreadable = no se pudo leer el estado guardado en { $path }: { $reason }
error-history-line-too-long = más de { $kib } KiB, algo que ningún evento ocupa
error-history-cannot-read-on = no se pudo seguir leyendo: { $error }
error-history-line-incomplete = la última línea está incompleta (limber se detuvo mientras la escribía)

## La carpeta de ejecución.
error-runtime-folder-refused = limber rechaza la carpeta de ejecución { $path }: { $why }; debe ser una carpeta que solo tú puedas usar (bórrala o haz que XDG_RUNTIME_DIR apunte a una así)
error-runtime-folder-link = es un enlace simbólico
error-runtime-folder-not-a-folder = no es una carpeta
error-runtime-folder-owner = pertenece a otro usuario (uid { $uid })
error-runtime-folder-open = está abierta a otros usuarios (modo { $mode })
error-no-home = no están definidas ni { $variable } ni HOME
error-no-home-folder = no se encuentra tu carpeta personal

## Iniciar al entrar en la sesión.
error-autostart-cannot-change = no se puede cambiar { $place }: { $error }
error-autostart-where-installed = no se sabe dónde está instalado limber: { $error }

## Iniciar un programa, y las ventanas.
error-cannot-start-limber = no se pudo iniciar limber: { $error }
error-cannot-start-program = no se puede iniciar { $program }: { $error }
error-window-cannot-open = no se puede abrir una ventana: { $error }
error-window-failed = la ventana falló: { $error }
error-window-cannot-draw = no se puede dibujar: { $error }
error-window-too-large = la ventana es demasiado grande para dibujarla
error-window-helper = no se puede iniciar: { $error }
