# Spanish translation; wants a native speaker's review.
# limber: the built-in catalogue (es). Sides agree with their noun: select on $side; "none"
# (a one-sided stretch) reads "una pierna … la otra pierna".

position-chair-label = en una silla
position-chair-lead = En tu silla
position-standing-label = de pie
position-standing-lead = De pie
position-floor-label = en el suelo
position-floor-lead = En el suelo
position-unknown = posición desconocida "{ $position }": se esperaba "chair", "standing" o "floor"

caution-common-1 = Detente de inmediato si notas dolor o molestias: un estiramiento debe sentirse como una tensión suave, nunca como dolor.
caution-common-2 = Si notas un dolor que baja por la parte posterior de la pierna, entumecimiento u hormigueo, puede tratarse de ciática o de una distensión de los isquiotibiales: detente y consulta a un profesional de la salud.
caution-common-3 = Muévete despacio, no hagas rebotes nunca y no fuerces más allá de tus límites.

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = Figura de cuatro
stretch-seated-figure-four-chair-cue = tobillo sobre el otro muslo, luego inclínate
stretch-seated-figure-four-chair-step-1 = Siéntate con la espalda recta en la mitad delantera de la silla, con los dos pies apoyados en el suelo. Si tiene ruedas, apóyala antes contra la mesa.
stretch-seated-figure-four-chair-step-2 = { $side ->
    [right] Apoya el tobillo derecho sobre el muslo izquierdo, justo por encima de la rodilla, y deja caer la rodilla derecha hacia fuera.
    [left] Apoya el tobillo izquierdo sobre el muslo derecho, justo por encima de la rodilla, y deja caer la rodilla izquierda hacia fuera.
   *[none] Apoya un tobillo sobre el otro muslo, justo por encima de la rodilla, y deja caer hacia fuera la rodilla de la pierna cruzada.
}
stretch-seated-figure-four-chair-step-3 = Mantén la espalda recta y el abdomen ligeramente activado.
stretch-seated-figure-four-chair-step-4 = Inclínate despacio hacia delante desde la cadera hasta notar una tensión suave en lo profundo del glúteo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] de la pierna cruzada
}.
stretch-seated-figure-four-chair-hold-cue = Quédate en el punto de tensión suave, con la espalda alargada, y deja que la cadera { $side ->
    [right] derecha
    [left] izquierda
   *[none] de la pierna cruzada
} se relaje cada vez que sueltas el aire.
stretch-seated-figure-four-chair-release = Incorpórate despacio y baja el pie al suelo.

## standing-forward-fold
stretch-standing-forward-fold-name = Flexión hacia delante de pie
stretch-standing-forward-fold-cue = flexiona la cadera, rodillas sin bloquear
stretch-standing-forward-fold-step-1 = Ponte de pie con los pies separados al ancho de las caderas, las rodillas sin bloquear y espacio libre delante de ti.
stretch-standing-forward-fold-step-2 = Lleva la cadera hacia atrás y flexiona el tronco despacio hacia delante desde la cadera, acercando las manos a los dedos de los pies.
stretch-standing-forward-fold-step-3 = Si notas demasiada tirantez en la parte posterior de las piernas, dobla un poco más las rodillas.
stretch-standing-forward-fold-step-4 = Alarga la columna y deja que el pecho se acerque a los muslos.
stretch-standing-forward-fold-hold-cue = Deja colgar la cabeza y los brazos, mantén las rodillas sin bloquear y respira hondo, llevando el aire hacia la parte posterior de los muslos.
stretch-standing-forward-fold-release = Dobla un poco las rodillas y sube despacio, vértebra a vértebra; la cabeza es lo último en subir.
stretch-standing-forward-fold-caution-1 = Sube despacio si tiendes a marearte.

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = Isquiotibiales en el borde
stretch-chair-hamstring-turnout-cue = talón delante, punta fuera, inclínate
stretch-chair-hamstring-turnout-step-1 = Siéntate en el borde delantero de la silla, con los dos pies apoyados en el suelo. Si tiene ruedas, apóyala antes contra la mesa.
stretch-chair-hamstring-turnout-step-2 = Desliza { $side ->
    [right] la pierna derecha
    [left] la pierna izquierda
   *[none] una pierna
} hacia delante, con el talón en el suelo y la punta del pie hacia arriba, y gírala ligeramente hacia fuera desde la cadera.
stretch-chair-hamstring-turnout-step-3 = { $side ->
    [right] Mantén el pie izquierdo en el suelo y apoya las manos sobre el muslo izquierdo.
    [left] Mantén el pie derecho en el suelo y apoya las manos sobre el muslo derecho.
   *[none] Mantén el otro pie en el suelo y apoya las manos sobre ese muslo.
}
stretch-chair-hamstring-turnout-step-4 = Con la espalda recta, inclínate hacia delante desde la cadera hasta notar un estiramiento suave en la parte alta y posterior del muslo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] estirado
}.
stretch-chair-hamstring-turnout-hold-cue = Mantén la espalda recta en lugar de intentar llegar más lejos, y respira despacio.
stretch-chair-hamstring-turnout-release = Incorpórate despacio y recoge el pie.

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = Bisagra de cadera apoyada en la mesa
stretch-desk-supported-hip-hinge-cue = manos en la mesa, cadera atrás, espalda plana
stretch-desk-supported-hip-hinge-step-1 = Ponte de pie frente a la mesa, a un brazo de distancia, y apoya las dos manos en el borde.
stretch-desk-supported-hip-hinge-step-2 = Separa los pies al ancho de las caderas, con las rodillas sin bloquear.
stretch-desk-supported-hip-hinge-step-3 = Lleva la cadera hacia atrás e inclina el tronco hacia delante desde la cadera hasta que los brazos queden estirados y la espalda, alargada y horizontal.
stretch-desk-supported-hip-hinge-step-4 = Detente donde notes una tensión suave en la parte posterior de los dos muslos, hasta justo debajo de los glúteos.
stretch-desk-supported-hip-hinge-hold-cue = Apoya las manos con suavidad en la mesa, alarga el cuerpo desde la cadera hasta la cabeza y respira despacio.
stretch-desk-supported-hip-hinge-release = Acerca los pies a la mesa con pasos cortos e incorpórate despacio.
stretch-desk-supported-hip-hinge-caution-1 = Apóyate solo en una mesa o una encimera que no se deslice ni se vuelque.

## chair-forward-bend
stretch-chair-forward-bend-name = Flexión hacia delante en la silla
stretch-chair-forward-bend-cue = piernas estiradas, talones abajo, inclínate
stretch-chair-forward-bend-step-1 = Siéntate en el borde delantero de la silla. Si tiene ruedas, apóyala antes contra la mesa.
stretch-chair-forward-bend-step-2 = Estira las dos piernas hacia delante, con los talones en el suelo y las puntas de los pies hacia arriba, y las rodillas rectas pero sin bloquear.
stretch-chair-forward-bend-step-3 = Toma aire y siéntate con la espalda bien recta.
stretch-chair-forward-bend-step-4 = Suelta el aire e inclínate hacia delante desde la cadera, deslizando las manos por las espinillas, con la espalda recta.
stretch-chair-forward-bend-hold-cue = Lleva el pecho hacia delante en lugar de redondear la espalda, y respira llevando el aire hacia la parte posterior de las piernas.
stretch-chair-forward-bend-release = Incorpórate despacio y vuelve a colocar los pies bajo las rodillas.

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = Bisagra con el talón adelantado
stretch-standing-heel-forward-hinge-cue = un talón delante, punta arriba, inclínate
stretch-standing-heel-forward-hinge-step-1 = Ponte de pie junto a la mesa, con la espalda recta y las manos en la cintura; toca la mesa si la necesitas para mantener el equilibrio.
stretch-standing-heel-forward-hinge-step-2 = Adelanta medio paso { $side ->
    [right] el pie derecho
    [left] el pie izquierdo
   *[none] un pie
}, con el talón apoyado y la punta levantada, y la rodilla recta pero sin bloquear.
stretch-standing-heel-forward-hinge-step-3 = { $side ->
    [right] Dobla un poco la rodilla izquierda y apoya las manos en el muslo izquierdo.
    [left] Dobla un poco la rodilla derecha y apoya las manos en el muslo derecho.
   *[none] Dobla un poco la otra rodilla y apoya las manos en ese muslo.
}
stretch-standing-heel-forward-hinge-step-4 = Lleva la cadera hacia atrás e inclínate hacia delante con la espalda alargada hasta notar una tensión suave detrás del muslo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] adelantado
}.
stretch-standing-heel-forward-hinge-hold-cue = Mantén la espalda alargada y el peso sobre la pierna { $side ->
    [right] izquierda
    [left] derecha
   *[none] de atrás
}, y respira despacio.
stretch-standing-heel-forward-hinge-release = Incorpórate despacio y junta los pies.

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = Isquiotibiales boca arriba
stretch-lying-hamstring-strap-cue = sube una pierna estirada hacia ti
stretch-lying-hamstring-strap-step-1 = Acuéstate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.
stretch-lying-hamstring-strap-step-2 = Levanta { $side ->
    [right] la pierna derecha
    [left] la pierna izquierda
   *[none] una pierna
} y sujétala por detrás del muslo con las dos manos; también puedes pasar una toalla o un cinturón alrededor del pie.
stretch-lying-hamstring-strap-step-3 = Estira { $side ->
    [right] la pierna derecha
    [left] la pierna izquierda
   *[none] esa pierna
} hasta donde te resulte cómodo y acércala suavemente hacia el pecho.
stretch-lying-hamstring-strap-step-4 = Mantén { $side ->
    [right] el pie izquierdo
    [left] el pie derecho
   *[none] el otro pie
} apoyado, y la cabeza y los hombros relajados en el suelo.
stretch-lying-hamstring-strap-hold-cue = Avanza poco a poco hasta notar el estiramiento donde el muslo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] elevado
} se une al glúteo, y respira hondo.
stretch-lying-hamstring-strap-release = Dobla la rodilla y baja el pie despacio al suelo.

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = Figura de cuatro
stretch-seated-figure-four-floor-cue = tobillo sobre el otro muslo, luego inclínate
stretch-seated-figure-four-floor-step-1 = Siéntate en el suelo con las dos piernas estiradas hacia delante.
stretch-seated-figure-four-floor-step-2 = { $side ->
    [right] Dobla la rodilla derecha y apoya el tobillo derecho sobre el muslo izquierdo, justo por encima de la rodilla.
    [left] Dobla la rodilla izquierda y apoya el tobillo izquierdo sobre el muslo derecho, justo por encima de la rodilla.
   *[none] Dobla una rodilla y apoya ese tobillo sobre el otro muslo, justo por encima de la rodilla.
}
stretch-seated-figure-four-floor-step-3 = Siéntate con la espalda recta y el abdomen ligeramente activado.
stretch-seated-figure-four-floor-step-4 = Inclínate despacio hacia delante desde la cadera hasta notar una tensión suave en el glúteo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] de la pierna doblada
} y en la parte posterior del muslo.
stretch-seated-figure-four-floor-hold-cue = Mantén la espalda recta y deja que la cadera { $side ->
    [right] derecha
    [left] izquierda
   *[none] de la pierna doblada
} ceda un poco cada vez que sueltas el aire.
stretch-seated-figure-four-floor-release = Incorpórate despacio y vuelve a estirar la pierna.

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = Isquiotibiales con la pierna rotada
stretch-seated-hamstring-turnout-cue = busca la punta de ese pie
stretch-seated-hamstring-turnout-step-1 = Siéntate en el suelo con las dos piernas estiradas hacia delante.
stretch-seated-hamstring-turnout-step-2 = Gira { $side ->
    [right] la pierna derecha
    [left] la pierna izquierda
   *[none] una pierna
} ligeramente hacia fuera desde la cadera, de modo que la punta del pie mire un poco hacia fuera.
stretch-seated-hamstring-turnout-step-3 = Endereza la espalda y luego inclínate hacia delante desde la cadera, sin redondearla, llevando las manos hacia los dedos del pie { $side ->
    [right] derecho
    [left] izquierdo
   *[none] girado
}.
stretch-seated-hamstring-turnout-step-4 = Detente donde notes un estiramiento suave en la parte alta y posterior del muslo { $side ->
    [right] derecho
    [left] izquierdo
   *[none] girado
}.
stretch-seated-hamstring-turnout-hold-cue = Respira hondo y avanza un poco más cada vez que sueltas el aire.
stretch-seated-hamstring-turnout-release = Incorpórate despacio.

## pigeon-pose
stretch-pigeon-pose-name = Postura de la paloma
stretch-pigeon-pose-cue = espinilla delante, pierna de atrás estirada
stretch-pigeon-pose-step-1 = Empieza con las manos y las rodillas en el suelo, sobre una esterilla o una alfombra.
stretch-pigeon-pose-step-2 = { $side ->
    [right] Lleva la rodilla derecha hacia delante, detrás de la muñeca derecha, con la espinilla cruzada en diagonal bajo el cuerpo.
    [left] Lleva la rodilla izquierda hacia delante, detrás de la muñeca izquierda, con la espinilla cruzada en diagonal bajo el cuerpo.
   *[none] Lleva una rodilla hacia delante, detrás de la muñeca de ese lado, con la espinilla cruzada en diagonal bajo el cuerpo.
}
stretch-pigeon-pose-step-3 = Desliza { $side ->
    [right] la pierna izquierda
    [left] la pierna derecha
   *[none] la otra pierna
} estirada hacia atrás, con el empeine apoyado en el suelo.
stretch-pigeon-pose-step-4 = Orienta la cadera al frente hasta donde te resulte cómodo, con las manos bajo los hombros.
stretch-pigeon-pose-step-5 = Si el estiramiento es intenso, quédate así; si quieres más, avanza las manos y baja el pecho.
stretch-pigeon-pose-hold-cue = Respira hondo y deja que la cadera { $side ->
    [right] derecha
    [left] izquierda
   *[none] de delante
} baje un poco cada vez que sueltas el aire.
stretch-pigeon-pose-release = Empuja con las manos para subir el tronco, apoya los dedos del pie de atrás y vuelve despacio a apoyarte en manos y rodillas.
stretch-pigeon-pose-caution-1 = Protege la rodilla de delante con algo blando, y no hagas esta postura si te duele esa rodilla.

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = Mano al dedo gordo, boca arriba
stretch-reclining-hand-to-big-toe-cue = sujeta un pie y estira la pierna
stretch-reclining-hand-to-big-toe-step-1 = Acuéstate boca arriba con las dos piernas estiradas.
stretch-reclining-hand-to-big-toe-step-2 = Al tomar aire, lleva { $side ->
    [right] la rodilla derecha
    [left] la rodilla izquierda
   *[none] una rodilla
} hacia el pecho.
stretch-reclining-hand-to-big-toe-step-3 = Sujeta con las manos la parte delantera de la planta del pie { $side ->
    [right] derecho
    [left] izquierdo
   *[none] de esa pierna
}, o pasa una toalla o un cinturón alrededor del pie si no llegas.
stretch-reclining-hand-to-big-toe-step-4 = { $side ->
    [right] Al soltar el aire, estira la pierna derecha hacia arriba y acércala suavemente hacia ti; la pierna izquierda sigue estirada en el suelo.
    [left] Al soltar el aire, estira la pierna izquierda hacia arriba y acércala suavemente hacia ti; la pierna derecha sigue estirada en el suelo.
   *[none] Al soltar el aire, estira esa pierna hacia arriba y acércala suavemente hacia ti; la otra pierna sigue estirada en el suelo.
}
stretch-reclining-hand-to-big-toe-hold-cue = Siente el estiramiento desde la parte posterior del muslo hasta el glúteo, y deja que la pierna se acerque un poco más cada vez que sueltas el aire.
stretch-reclining-hand-to-big-toe-release = Dobla la rodilla y baja el pie despacio al suelo.

## seated-forward-bend
stretch-seated-forward-bend-name = Flexión hacia delante en el suelo
stretch-seated-forward-bend-cue = piernas estiradas, espalda larga, inclínate
stretch-seated-forward-bend-step-1 = Siéntate en el suelo con las dos piernas estiradas hacia delante.
stretch-seated-forward-bend-step-2 = Toma aire y alarga la columna.
stretch-seated-forward-bend-step-3 = Suelta el aire e inclínate desde la cadera, bajando el pecho hacia las piernas.
stretch-seated-forward-bend-step-4 = Estírate hacia delante con la espalda recta en lugar de redondearla; apoya las manos en las espinillas o en los pies.
stretch-seated-forward-bend-hold-cue = Respira hondo y deja que se suelte la parte posterior de las piernas.
stretch-seated-forward-bend-release = Incorpórate despacio, guiando el movimiento con el pecho.

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = Isquiotibiales con torsión
stretch-seated-twist-hamstring-cue = sobre la pierna estirada, gira hacia ella
stretch-seated-twist-hamstring-step-1 = { $side ->
    [right] Siéntate en el suelo con la pierna derecha estirada y la rodilla izquierda doblada, con la planta de ese pie contra la cara interna del muslo derecho.
    [left] Siéntate en el suelo con la pierna izquierda estirada y la rodilla derecha doblada, con la planta de ese pie contra la cara interna del muslo izquierdo.
   *[none] Siéntate en el suelo con una pierna estirada y la otra rodilla doblada, con la planta de ese pie contra la cara interna del muslo estirado.
}
stretch-seated-twist-hamstring-step-2 = Endereza la espalda y luego inclínate hacia delante desde la cadera sobre la pierna { $side ->
    [right] derecha
    [left] izquierda
   *[none] estirada
}.
stretch-seated-twist-hamstring-step-3 = { $side ->
    [right] Gira suavemente el pecho hacia la pierna derecha y lleva la mano izquierda al lado externo de esa pierna, a la altura de la espinilla o del pie.
    [left] Gira suavemente el pecho hacia la pierna izquierda y lleva la mano derecha al lado externo de esa pierna, a la altura de la espinilla o del pie.
   *[none] Gira suavemente el pecho hacia la pierna estirada y lleva la mano contraria al lado externo de esa pierna, a la altura de la espinilla o del pie.
}
stretch-seated-twist-hamstring-step-4 = Apoya la mano { $side ->
    [right] derecha
    [left] izquierda
   *[none] de ese lado
} en el suelo, junto a la cadera.
stretch-seated-twist-hamstring-hold-cue = Haz una torsión pequeña y mantén la espalda alargada; profundiza solo a medida que los músculos se suelten.
stretch-seated-twist-hamstring-release = Vuelve a girar hacia delante y luego incorpórate despacio.

stretch-custom-hold-cue = Mantén la postura en el punto en que notes una tensión suave y respira despacio.
stretch-custom-release = Sal del estiramiento despacio.
