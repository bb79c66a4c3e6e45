# Spanish translation; wants a native speaker's review.
# limber: the command line (es). Descriptions are infinitives, as in the buttons.

## The help
cli-help = limber: estira donde los isquiotibiales se unen a los glúteos, una vez por cada hora en la silla.
    .long = Ejecuta limber sin ningún comando para iniciarlo en la bandeja (normalmente, al iniciar sesión); `limber open` muestra su ventana, igual que el menú de aplicaciones. Los demás comandos se comunican con el limber en ejecución, o funcionan por su cuenta cuando tiene sentido.
    .arg-config = Usar este archivo de configuración en lugar de $XDG_CONFIG_HOME/limber/config.toml
    .arg-help = Mostrar la ayuda
    .arg-version = Mostrar la versión
    .help = Mostrar este mensaje o la ayuda del comando indicado
    .open = Abrir la ventana de limber: el estado actual, el próximo estiramiento y todo lo que ofrece la bandeja (inicia limber antes si no está en ejecución)
    .status = Mostrar cuánto llevas sin levantarte, el próximo recordatorio y si limber está en pausa o pospuesto
    .status-arg-json = Mostrar un único objeto JSON en lugar de texto
    .stretch = Empezar un estiramiento ahora (el siguiente de la rotación, o el indicado)
    .stretch-arg-id = Un id de estiramiento de `limber list`
    .stretch-arg-here = Abrir la ventana del temporizador desde este proceso en lugar de pedírselo al limber en ejecución
    .stretch-arg-ready = Con --here: esperar en la pantalla inicial hasta que se pulse «Empezar»
    .snooze = Posponer el recordatorio pendiente, o el siguiente (duración predeterminada según la configuración)
    .snooze-arg-duration = Cuánto tiempo, p. ej. 10m, 1h, 90s (de 5 segundos a 8 horas)
    .skip = Omitir el recordatorio pendiente; el siguiente llega tras otro intervalo completo
    .pause = Detener los recordatorios durante un tiempo (hasta `limber resume` si no se indica duración)
    .pause-arg-duration = Cuánto tiempo, p. ej. 30m o 2h (de 5 segundos a 7 días)
    .pause-arg-until_tomorrow = Hasta mañana a las 04:00
    .resume = Terminar una pausa
    .list = Listar el catálogo de estiramientos: los predefinidos y los tuyos
    .stats = Mostrar tu actividad: recordatorios, estiramientos, aplazamientos, omisiones y la racha más larga sin levantarte; tu semana en una imagen; o tu historial para llevártelo, en JSON o CSV
    .stats-arg-week = Los últimos siete días, día a día
    .stats-arg-show = Mostrar tu semana en una ventana: tiempo en la silla por hora, estiramientos, recordatorios retenidos, rachas
    .stats-arg-json = Mostrar los días y los eventos como un único documento JSON (esquema: docs/export.md)
    .stats-arg-csv = Mostrar los eventos como CSV, una fila por evento (esquema: docs/export.md)
    .stats-arg-since = Con --json o --csv: solo a partir de este día (AAAA-MM-DD, según tu calendario)
    .config = Trabajar con el archivo de configuración
    .config-path = Mostrar de dónde se lee el archivo de configuración
    .config-check = Comprobar el archivo de configuración e indicar el primer problema, con su línea y columna
    .config-init = Escribir la configuración predeterminada documentada (nunca sobrescribe un archivo existente)
    .autostart = Abrir limber al iniciar sesión, o dejar de hacerlo (es el mismo interruptor que «Abrir al iniciar sesión» en la bandeja)
    .autostart-enable = Abrir limber al iniciar sesión
    .autostart-disable = No abrir limber al iniciar sesión
    .autostart-status = Indicar si limber se abre al iniciar sesión, y por qué archivo
    .quit = Detener el limber en ejecución
cli-window-about = Las ventanas de limber: limber las abre para `open`, `stretch --here` y `stats --show`
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones

## What the commands print
cli-could-not-write = no se pudo escribir { $path }: { $problem }
cli-cannot-write-output = no se puede escribir la salida: { $problem }
cli-window-only = { $program } solo muestra las ventanas de limber (`open`, `stretch --here`, `stats --show`); ejecuta `limber` para todo lo demás

## limber list
cli-list-heading-id = ID
cli-list-heading-name = NOMBRE
cli-list-heading-where = DÓNDE
cli-list-heading-hold = DURACIÓN
cli-list-heading-sides = LADOS
cli-list-each-side = cada lado
cli-list-once = una vez
cli-list-off = desactivado
cli-list-hold-grown = { $hold } (+{ $added })

## limber stats
cli-stats-today = Hoy ({ $day })
cli-stats-last-seven-days = Últimos 7 días
cli-stats-reminders = recordatorios
cli-stats-done = estiramientos hechos
cli-stats-stopped-early = terminados antes de tiempo
cli-stats-snoozed = pospuestos
cli-stats-skipped = omitidos
cli-stats-dismissed = descartados
cli-stats-stretching = tiempo estirando
cli-stats-longest-sitting = racha más larga sin levantarte
cli-stats-week-day = DÍA
cli-stats-week-reminders = RECORDATORIOS
cli-stats-week-done = HECHOS
cli-stats-week-snoozed = POSPUESTOS
cli-stats-week-skipped = OMITIDOS
cli-stats-week-stretched = ESTIRANDO
cli-stats-week-longest-sitting = RACHA MÁS LARGA
cli-history-unreadable = no se pudo leer el historial: { $problem }
cli-history-damaged-line = { $path }:{ $line }: se omitió una línea dañada ({ $reason })
cli-history-more-damaged = { $path }: { $count ->
        [one] se omitió una línea dañada más
        [many] se omitieron { $count } de líneas dañadas más
       *[other] se omitieron { $count } líneas dañadas más
    }
cli-history-left-out = { $path }: { $count ->
        [one] se descartó un evento cuyos tiempos son imposibles para un estiramiento o una racha sin levantarse
        [many] se descartaron { $count } de eventos cuyos tiempos son imposibles para un estiramiento o una racha sin levantarse
       *[other] se descartaron { $count } eventos cuyos tiempos son imposibles para un estiramiento o una racha sin levantarse
    }

## limber config check|init
cli-config-ok = { $path }: correcto
cli-config-absent = { $path }: no existe; limber usa los valores predeterminados
cli-config-exists = { $path } ya existe; se ha dejado como estaba
cli-config-written = se escribió la configuración predeterminada en { $path }

## limber autostart
cli-autostart-systemd-too = La unidad de usuario de systemd limber.service también está habilitada: ejecuta `systemctl --user disable limber.service` si esta debe ser la única forma de iniciar limber (un segundo inicio solo encontraría limber ya en ejecución).

## limber stretch
cli-stretch-unknown = no hay ningún estiramiento llamado "{ $id }"; `limber list` los muestra todos
cli-stretch-none-enabled = no hay ningún estiramiento activado para las posiciones de tu configuración

## limber open
cli-open-not-running = limber no está en ejecución
cli-open-next = Próximo estiramiento
cli-open-stretching-now = Estirando ahora
cli-open-due-now = Pendiente ahora
cli-open-no-status = limber respondió sin su estado
cli-open-opened-settings = Se abrió { $path } en tu editor.
cli-open-opened-week = Se abrió tu semana.
cli-open-week-failed = no se pudo abrir tu semana: { $problem }
