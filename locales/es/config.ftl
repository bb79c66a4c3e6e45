# Spanish translation; wants a native speaker's review.
# limber: config errors (es). Keys, values and TOML syntax stay as the file writes them, in
# straight quotes. A duration's reason follows a colon, not "es".

config-break-after-not-shorter = break_after ({ $break_after }) debe ser más corto que reminder.every ({ $every }); si no, cualquier pausa contaría como un descanso
config-not-utf8 = UTF-8 no válido: un archivo TOML debe ser texto en UTF-8
config-unknown-language = language = "{ $language }" no es un idioma que hable limber; usa uno de estos: { $known }

## Durations
config-duration-invalid = { $key } = "{ $value }": { $reason }
config-duration-not-a-duration = no es una duración: { $why }; escribe algo como "45m", "1h 30m" o "20s"
config-duration-months = no es una duración: "M" significa meses; para minutos, escribe "m"
config-duration-calendar-unit = no es una duración: "{ $unit }" es una unidad demasiado larga; usa s, m, h o d, como "2h" o "1d"
config-duration-not-whole = no es un número entero de segundos: limber cuenta en segundos
config-duration-out-of-range = fuera de rango; debe estar entre { $min } y { $max }
config-duration-why-empty = está vacío
config-duration-why-too-large = el número es demasiado grande
config-duration-why-unknown-unit = "{ $unit }" no es una unidad de tiempo
config-duration-why-negative = no puede ser negativo
config-duration-why-expected-number = se esperaba un número y una unidad en "{ $at }"
config-expected-duration = una duración entre comillas, como "45m", "1h" o "20s"
config-expected-list = una lista entre corchetes, como ["a", "b"]
config-expected-tables = una lista de tablas: empieza cada estiramiento personalizado con [[stretches.custom]], entre corchetes dobles

## Working hours
config-hours-expected = se esperaban días y horas como "Mon-Fri 09:00-17:30"
config-hours-24-only-ends = 24:00 solo puede ser el final de una franja
config-hours-end-after-start = el final debe ser posterior al inicio
config-hours-end-at-midnight = para terminar a medianoche, escribe 24:00: "{ $evening }"
config-hours-cross-midnight = una franja no puede pasar de la medianoche; escríbela como dos entradas: "{ $evening }", "{ $morning }"
config-hours-unknown-day = día desconocido "{ $day }": usa Mon, Tue, Wed, Thu, Fri, Sat, Sun o Daily
config-hours-bad-time = "{ $time }" no es una hora del día como 09:00 o 17:30

## The [stretches] table and custom stretches
config-stretch-id-built-in = el id de estiramiento personalizado "{ $id }" ya es el id de un estiramiento predefinido; elige otro id
config-stretch-id-twice = el id de estiramiento personalizado "{ $id }" se usa dos veces
config-disabled-unknown-id = id de estiramiento desconocido "{ $id }" en disabled; `limber list` muestra los id
config-nothing-left = no queda ningún estiramiento que sugerir con estas posiciones y los id desactivados; permite otra posición o activa un estiramiento
config-positions-empty = positions está vacío: indica al menos uno de "chair", "standing", "floor"
config-stretch-id-shape = el id de estiramiento "{ $id }" debe estar en kebab-case y tener como máximo { $max ->
        [one] { $max } carácter
        [many] { $max } de caracteres
       *[other] { $max } caracteres
    }, como "my-hip-stretch"
config-steps-count = steps debe tener de 1 a { $max } instrucciones, en orden; tiene { $count }
config-cautions-count = cautions puede tener como máximo { $max ->
        [one] { $max } precaución adicional
        [many] { $max } de precauciones adicionales
       *[other] { $max } precauciones adicionales
    }
config-text-empty = { $key ->
        [steps] ningún paso puede estar vacío
        [cautions] ninguna precaución puede estar vacía
       *[other] { $key } no puede estar vacío
    }
config-text-too-long = { $key ->
        [steps] cada paso
        [cautions] cada precaución
       *[other] { $key }
    } debe ser una sola línea de { $max ->
        [one] { $max } carácter
        [many] { $max } de caracteres
       *[other] { $max } caracteres
    } como máximo
config-text-control = { $key ->
        [steps] ningún paso puede contener
        [cautions] ninguna precaución puede contener
       *[other] { $key } no puede contener
    } caracteres de control ni anulaciones bidireccionales (se encontró U+{ $code })
