# German translation; wants a native speaker's review.
# limber: the built-in catalogue (de).
# Side-naming text selects on $side (right, left; the default variant is the one-sided "none"
# wording) and writes each inflected form out.

position-chair-label = auf dem Stuhl
position-chair-lead = Auf dem Stuhl
position-standing-label = im Stehen
position-standing-lead = Im Stehen
position-floor-label = auf dem Boden
position-floor-lead = Auf dem Boden
position-unknown = unbekannte Position "{ $position }": erwartet wird "chair", "standing" oder "floor"

caution-common-1 = Hör sofort auf, wenn du Schmerzen oder Beschwerden spürst: Eine Dehnung soll sich wie ein sanfter Zug anfühlen, nie wie Schmerz.
caution-common-2 = Schmerzen, die hinten ins Bein ausstrahlen, Taubheit oder Kribbeln können auf Ischiasbeschwerden oder eine Zerrung der hinteren Oberschenkelmuskulatur hinweisen: Hör auf und lass das ärztlich oder physiotherapeutisch abklären.
caution-common-3 = Beweg dich langsam, federe nie nach und geh nie über deine Grenzen hinaus.

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = Figur-4-Dehnung im Sitzen
stretch-seated-figure-four-chair-cue = Knöchel aufs andere Bein, dann vorneigen
stretch-seated-figure-four-chair-step-1 = Setz dich aufrecht auf die vordere Hälfte deines Stuhls, beide Fußsohlen am Boden. Hat er Rollen, stell ihn zuerst gegen den Schreibtisch, damit er nicht wegrollt.
stretch-seated-figure-four-chair-step-2 = { $side ->
    [right] Leg den rechten Knöchel knapp oberhalb des Knies auf den linken Oberschenkel und lass das rechte Knie nach außen sinken.
    [left] Leg den linken Knöchel knapp oberhalb des Knies auf den rechten Oberschenkel und lass das linke Knie nach außen sinken.
   *[other] Leg einen Knöchel knapp oberhalb des Knies auf den anderen Oberschenkel und lass dieses Knie nach außen sinken.
}
stretch-seated-figure-four-chair-step-3 = Halte den Rücken gerade und spann den Bauch leicht an.
stretch-seated-figure-four-chair-step-4 = { $side ->
    [right] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug tief in der rechten Gesäßhälfte spürst.
    [left] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug tief in der linken Gesäßhälfte spürst.
   *[other] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug tief im Gesäß auf dieser Seite spürst.
}
stretch-seated-figure-four-chair-hold-cue = { $side ->
    [right] Bleib dort, wo der Zug sanft ist, den Rücken lang, und lass die rechte Hüfte mit jedem Ausatmen etwas lockerer werden.
    [left] Bleib dort, wo der Zug sanft ist, den Rücken lang, und lass die linke Hüfte mit jedem Ausatmen etwas lockerer werden.
   *[other] Bleib dort, wo der Zug sanft ist, den Rücken lang, und lass die Hüfte auf dieser Seite mit jedem Ausatmen etwas lockerer werden.
}
stretch-seated-figure-four-chair-release = Richte dich langsam auf und stell den Fuß wieder auf den Boden.

## standing-forward-fold
stretch-standing-forward-fold-name = Vorbeuge im Stehen
stretch-standing-forward-fold-cue = aus der Hüfte vorbeugen, Knie locker
stretch-standing-forward-fold-step-1 = Stell dich hüftbreit hin, mit etwas Platz vor dir, die Knie locker.
stretch-standing-forward-fold-step-2 = Schieb das Gesäß nach hinten und beug dich langsam aus der Hüfte nach vorn, die Hände Richtung Zehen.
stretch-standing-forward-fold-step-3 = Beug die Knie etwas mehr, wenn es an der Rückseite der Beine zu stark zieht.
stretch-standing-forward-fold-step-4 = Mach die Wirbelsäule lang und lass die Brust Richtung Oberschenkel sinken.
stretch-standing-forward-fold-hold-cue = Lass Kopf und Arme hängen, halte die Knie locker und atme tief in die Rückseite der Oberschenkel.
stretch-standing-forward-fold-release = Beug die Knie etwas und roll dich langsam hoch; der Kopf kommt zuletzt.
stretch-standing-forward-fold-caution-1 = Komm langsam hoch, wenn du zu Schwindel neigst.

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = Beindehnung an der Stuhlkante
stretch-chair-hamstring-turnout-cue = Ferse vor, Bein ausgedreht, vorneigen
stretch-chair-hamstring-turnout-step-1 = Setz dich auf die vordere Stuhlkante, beide Fußsohlen am Boden. Hat er Rollen, stell ihn zuerst gegen den Schreibtisch, damit er nicht wegrollt.
stretch-chair-hamstring-turnout-step-2 = { $side ->
    [right] Streck das rechte Bein nach vorn aus, die Ferse am Boden, die Zehen nach oben, und dreh es aus der Hüfte leicht nach außen.
    [left] Streck das linke Bein nach vorn aus, die Ferse am Boden, die Zehen nach oben, und dreh es aus der Hüfte leicht nach außen.
   *[other] Streck ein Bein nach vorn aus, die Ferse am Boden, die Zehen nach oben, und dreh es aus der Hüfte leicht nach außen.
}
stretch-chair-hamstring-turnout-step-3 = { $side ->
    [right] Lass den linken Fuß ganz am Boden und leg die Hände auf den linken Oberschenkel.
    [left] Lass den rechten Fuß ganz am Boden und leg die Hände auf den rechten Oberschenkel.
   *[other] Lass den anderen Fuß ganz am Boden und leg die Hände auf diesen Oberschenkel.
}
stretch-chair-hamstring-turnout-step-4 = { $side ->
    [right] Neig dich mit geradem Rücken aus der Hüfte nach vorn, bis du eine sanfte Dehnung hoch oben an der Rückseite des rechten Oberschenkels spürst.
    [left] Neig dich mit geradem Rücken aus der Hüfte nach vorn, bis du eine sanfte Dehnung hoch oben an der Rückseite des linken Oberschenkels spürst.
   *[other] Neig dich mit geradem Rücken aus der Hüfte nach vorn, bis du eine sanfte Dehnung hoch oben an der Rückseite des ausgestreckten Beins spürst.
}
stretch-chair-hamstring-turnout-hold-cue = Halte den Rücken lieber gerade, statt weiter nach vorn zu greifen, und atme langsam.
stretch-chair-hamstring-turnout-release = Richte dich langsam auf und zieh den Fuß wieder heran.

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = Vorneigen am Schreibtisch
stretch-desk-supported-hip-hinge-cue = Hände am Tisch, Gesäß zurück, Rücken gerade
stretch-desk-supported-hip-hinge-step-1 = Stell dich mit dem Gesicht zum Schreibtisch, etwa eine Armlänge entfernt, und leg beide Hände auf die Tischkante.
stretch-desk-supported-hip-hinge-step-2 = Stell die Füße hüftbreit auseinander, die Knie locker.
stretch-desk-supported-hip-hinge-step-3 = Schieb das Gesäß nach hinten und neig dich aus der Hüfte nach vorn, bis die Arme gestreckt sind und der Rücken lang und waagerecht ist.
stretch-desk-supported-hip-hinge-step-4 = Halte dort an, wo du einen sanften Zug hinten an beiden Oberschenkeln spürst, bis hinauf unters Gesäß.
stretch-desk-supported-hip-hinge-hold-cue = Lass die Hände nur leicht auf dem Tisch liegen, mach dich von der Hüfte bis zum Kopf lang und atme langsam.
stretch-desk-supported-hip-hinge-release = Geh mit den Füßen wieder näher an den Tisch und richte dich langsam auf.
stretch-desk-supported-hip-hinge-caution-1 = Stütz dich nur auf einen Tisch oder eine Arbeitsplatte, die nicht wegrutschen oder kippen kann.

## chair-forward-bend
stretch-chair-forward-bend-name = Vorbeuge auf dem Stuhl
stretch-chair-forward-bend-cue = Beine lang, Fersen am Boden, vorneigen
stretch-chair-forward-bend-step-1 = Setz dich auf die vordere Stuhlkante. Hat er Rollen, stell ihn zuerst gegen den Schreibtisch, damit er nicht wegrollt.
stretch-chair-forward-bend-step-2 = Streck beide Beine nach vorn aus, die Fersen am Boden, die Zehen nach oben, die Knie gestreckt, aber nicht durchgedrückt.
stretch-chair-forward-bend-step-3 = Atme ein und setz dich aufrecht hin.
stretch-chair-forward-bend-step-4 = Atme aus und neig dich mit geradem Rücken aus der Hüfte nach vorn; lass dabei die Hände an den Schienbeinen hinuntergleiten.
stretch-chair-forward-bend-hold-cue = Schieb die Brust nach vorn, statt den Rücken rund zu machen, und atme in die Rückseite der Beine.
stretch-chair-forward-bend-release = Richte dich langsam auf und stell die Füße wieder unter die Knie.

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = Vorneigen mit Ferse vorn
stretch-standing-heel-forward-hinge-cue = eine Ferse vor, Zehen hoch, vorneigen
stretch-standing-heel-forward-hinge-step-1 = Stell dich aufrecht neben deinen Schreibtisch, die Hände in den Hüften; leg eine Hand auf den Tisch, wenn du Halt brauchst.
stretch-standing-heel-forward-hinge-step-2 = { $side ->
    [right] Stell den rechten Fuß einen halben Schritt nach vorn, die Ferse am Boden, die Zehen angehoben, das Knie gestreckt, aber nicht durchgedrückt.
    [left] Stell den linken Fuß einen halben Schritt nach vorn, die Ferse am Boden, die Zehen angehoben, das Knie gestreckt, aber nicht durchgedrückt.
   *[other] Stell einen Fuß einen halben Schritt nach vorn, die Ferse am Boden, die Zehen angehoben, das Knie gestreckt, aber nicht durchgedrückt.
}
stretch-standing-heel-forward-hinge-step-3 = { $side ->
    [right] Beug das linke Knie etwas und leg die Hände auf den linken Oberschenkel.
    [left] Beug das rechte Knie etwas und leg die Hände auf den rechten Oberschenkel.
   *[other] Beug das hintere Knie etwas und leg die Hände auf diesen Oberschenkel.
}
stretch-standing-heel-forward-hinge-step-4 = { $side ->
    [right] Schieb das Gesäß nach hinten und neig dich mit langem Rücken nach vorn, bis du einen sanften Zug hinten am rechten Oberschenkel spürst.
    [left] Schieb das Gesäß nach hinten und neig dich mit langem Rücken nach vorn, bis du einen sanften Zug hinten am linken Oberschenkel spürst.
   *[other] Schieb das Gesäß nach hinten und neig dich mit langem Rücken nach vorn, bis du einen sanften Zug hinten am vorderen Oberschenkel spürst.
}
stretch-standing-heel-forward-hinge-hold-cue = { $side ->
    [right] Halte den Rücken lang und das Gewicht auf dem linken Bein und atme langsam.
    [left] Halte den Rücken lang und das Gewicht auf dem rechten Bein und atme langsam.
   *[other] Halte den Rücken lang und das Gewicht auf dem hinteren Bein und atme langsam.
}
stretch-standing-heel-forward-hinge-release = Richte dich langsam auf und stell die Füße wieder nebeneinander.

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = Beindehnung in Rückenlage
stretch-lying-hamstring-strap-cue = ein gestrecktes Bein zu dir heranziehen
stretch-lying-hamstring-strap-step-1 = Leg dich auf den Rücken und stell beide Beine auf, die Fußsohlen am Boden.
stretch-lying-hamstring-strap-step-2 = { $side ->
    [right] Heb das rechte Bein an und fass es mit beiden Händen hinten am Oberschenkel; ein Handtuch oder Gürtel um den Fuß geht auch.
    [left] Heb das linke Bein an und fass es mit beiden Händen hinten am Oberschenkel; ein Handtuch oder Gürtel um den Fuß geht auch.
   *[other] Heb ein Bein an und fass es mit beiden Händen hinten am Oberschenkel; ein Handtuch oder Gürtel um den Fuß geht auch.
}
stretch-lying-hamstring-strap-step-3 = { $side ->
    [right] Streck das rechte Bein so weit, wie es angenehm ist, und zieh es sanft Richtung Brust.
    [left] Streck das linke Bein so weit, wie es angenehm ist, und zieh es sanft Richtung Brust.
   *[other] Streck dieses Bein so weit, wie es angenehm ist, und zieh es sanft Richtung Brust.
}
stretch-lying-hamstring-strap-step-4 = { $side ->
    [right] Der linke Fuß bleibt flach am Boden, Kopf und Schultern liegen entspannt auf.
    [left] Der rechte Fuß bleibt flach am Boden, Kopf und Schultern liegen entspannt auf.
   *[other] Der andere Fuß bleibt flach am Boden, Kopf und Schultern liegen entspannt auf.
}
stretch-lying-hamstring-strap-hold-cue = { $side ->
    [right] Geh behutsam in die Dehnung, bis du sie dort spürst, wo der rechte Oberschenkel ins Gesäß übergeht, und atme tief.
    [left] Geh behutsam in die Dehnung, bis du sie dort spürst, wo der linke Oberschenkel ins Gesäß übergeht, und atme tief.
   *[other] Geh behutsam in die Dehnung, bis du sie dort spürst, wo der Oberschenkel ins Gesäß übergeht, und atme tief.
}
stretch-lying-hamstring-strap-release = Beug das Knie und setz den Fuß langsam auf dem Boden ab.

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = Figur-4-Dehnung im Sitzen
stretch-seated-figure-four-floor-cue = Knöchel aufs andere Bein, dann vorneigen
stretch-seated-figure-four-floor-step-1 = Setz dich auf den Boden, beide Beine nach vorn ausgestreckt.
stretch-seated-figure-four-floor-step-2 = { $side ->
    [right] Beug das rechte Knie und leg den rechten Knöchel knapp oberhalb des Knies auf den linken Oberschenkel.
    [left] Beug das linke Knie und leg den linken Knöchel knapp oberhalb des Knies auf den rechten Oberschenkel.
   *[other] Beug ein Knie und leg den Knöchel dieses Beins knapp oberhalb des Knies auf den anderen Oberschenkel.
}
stretch-seated-figure-four-floor-step-3 = Sitz aufrecht, den Rücken gerade und den Bauch leicht angespannt.
stretch-seated-figure-four-floor-step-4 = { $side ->
    [right] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug in der rechten Gesäßhälfte und hinten am Oberschenkel spürst.
    [left] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug in der linken Gesäßhälfte und hinten am Oberschenkel spürst.
   *[other] Neig dich langsam aus der Hüfte nach vorn, bis du einen sanften Zug im Gesäß auf dieser Seite und hinten am Oberschenkel spürst.
}
stretch-seated-figure-four-floor-hold-cue = { $side ->
    [right] Halte den Rücken gerade und lass die rechte Hüfte mit jedem Ausatmen ein wenig mehr los.
    [left] Halte den Rücken gerade und lass die linke Hüfte mit jedem Ausatmen ein wenig mehr los.
   *[other] Halte den Rücken gerade und lass die Hüfte auf dieser Seite mit jedem Ausatmen ein wenig mehr los.
}
stretch-seated-figure-four-floor-release = Richte dich langsam auf und streck das Bein wieder aus.

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = Dehnung im Langsitz, Bein ausgedreht
stretch-seated-hamstring-turnout-cue = Richtung Fußspitze greifen
stretch-seated-hamstring-turnout-step-1 = Setz dich auf den Boden, beide Beine nach vorn ausgestreckt.
stretch-seated-hamstring-turnout-step-2 = { $side ->
    [right] Dreh das rechte Bein aus der Hüfte leicht nach außen, sodass die Zehen etwas nach außen zeigen.
    [left] Dreh das linke Bein aus der Hüfte leicht nach außen, sodass die Zehen etwas nach außen zeigen.
   *[other] Dreh ein Bein aus der Hüfte leicht nach außen, sodass die Zehen etwas nach außen zeigen.
}
stretch-seated-hamstring-turnout-step-3 = { $side ->
    [right] Richte dich auf und neig dich dann mit geradem Rücken aus der Hüfte nach vorn, die Hände in Richtung der rechten Fußspitze.
    [left] Richte dich auf und neig dich dann mit geradem Rücken aus der Hüfte nach vorn, die Hände in Richtung der linken Fußspitze.
   *[other] Richte dich auf und neig dich dann mit geradem Rücken aus der Hüfte nach vorn, die Hände in Richtung der Fußspitze des ausgedrehten Beins.
}
stretch-seated-hamstring-turnout-step-4 = { $side ->
    [right] Halte dort an, wo du eine sanfte Dehnung oben an der Rückseite des rechten Oberschenkels spürst.
    [left] Halte dort an, wo du eine sanfte Dehnung oben an der Rückseite des linken Oberschenkels spürst.
   *[other] Halte dort an, wo du eine sanfte Dehnung oben an der Rückseite dieses Oberschenkels spürst.
}
stretch-seated-hamstring-turnout-hold-cue = Atme tief und geh mit jedem Ausatmen ein wenig tiefer in die Dehnung.
stretch-seated-hamstring-turnout-release = Richte dich langsam auf.

## pigeon-pose
stretch-pigeon-pose-name = Taube
stretch-pigeon-pose-cue = vorderes Schienbein quer, hinteres Bein lang
stretch-pigeon-pose-step-1 = Geh auf einer Matte oder einem Teppich in den Vierfüßlerstand.
stretch-pigeon-pose-step-2 = { $side ->
    [right] Bring das rechte Knie nach vorn hinter das rechte Handgelenk; das Schienbein liegt schräg unter dir.
    [left] Bring das linke Knie nach vorn hinter das linke Handgelenk; das Schienbein liegt schräg unter dir.
   *[other] Bring ein Knie nach vorn hinter das Handgelenk derselben Seite; das Schienbein liegt schräg unter dir.
}
stretch-pigeon-pose-step-3 = { $side ->
    [right] Schieb das linke Bein gestreckt nach hinten; der Fußrücken liegt flach am Boden.
    [left] Schieb das rechte Bein gestreckt nach hinten; der Fußrücken liegt flach am Boden.
   *[other] Schieb das andere Bein gestreckt nach hinten; der Fußrücken liegt flach am Boden.
}
stretch-pigeon-pose-step-4 = Richte das Becken so weit nach vorn aus, wie es angenehm ist; die Hände bleiben unter den Schultern.
stretch-pigeon-pose-step-5 = Ist die Dehnung schon kräftig, bleib so; für mehr geh mit den Händen nach vorn und senk den Oberkörper ab.
stretch-pigeon-pose-hold-cue = { $side ->
    [right] Atme tief und lass die rechte Hüfte mit jedem Ausatmen ein wenig tiefer sinken.
    [left] Atme tief und lass die linke Hüfte mit jedem Ausatmen ein wenig tiefer sinken.
   *[other] Atme tief und lass die Hüfte des vorderen Beins mit jedem Ausatmen ein wenig tiefer sinken.
}
stretch-pigeon-pose-release = Drück dich mit den Händen hoch, stell die hinteren Zehen auf und komm langsam zurück in den Vierfüßlerstand.
stretch-pigeon-pose-caution-1 = Polstere das vordere Knie und lass diese Übung aus, wenn dieses Knie schmerzt.

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = Hand zum großen Zeh im Liegen
stretch-reclining-hand-to-big-toe-cue = einen Fuß greifen, Bein strecken
stretch-reclining-hand-to-big-toe-step-1 = Leg dich auf den Rücken, beide Beine lang ausgestreckt.
stretch-reclining-hand-to-big-toe-step-2 = { $side ->
    [right] Zieh beim Einatmen das rechte Knie Richtung Brust.
    [left] Zieh beim Einatmen das linke Knie Richtung Brust.
   *[other] Zieh beim Einatmen ein Knie Richtung Brust.
}
stretch-reclining-hand-to-big-toe-step-3 = { $side ->
    [right] Fass den Ballen des rechten Fußes mit den Händen oder leg ein Handtuch oder einen Gürtel darum, wenn du ihn nicht erreichst.
    [left] Fass den Ballen des linken Fußes mit den Händen oder leg ein Handtuch oder einen Gürtel darum, wenn du ihn nicht erreichst.
   *[other] Fass den Fußballen dieses Beins mit den Händen oder leg ein Handtuch oder einen Gürtel darum, wenn du ihn nicht erreichst.
}
stretch-reclining-hand-to-big-toe-step-4 = { $side ->
    [right] Streck beim Ausatmen das rechte Bein nach oben und führ es sanft zu dir heran; das linke Bein bleibt lang am Boden.
    [left] Streck beim Ausatmen das linke Bein nach oben und führ es sanft zu dir heran; das rechte Bein bleibt lang am Boden.
   *[other] Streck beim Ausatmen dieses Bein nach oben und führ es sanft zu dir heran; das andere Bein bleibt lang am Boden.
}
stretch-reclining-hand-to-big-toe-hold-cue = Spür die Dehnung von der Rückseite des Oberschenkels bis ins Gesäß und lass das Bein mit jedem Ausatmen ein wenig näher kommen.
stretch-reclining-hand-to-big-toe-release = Beug das Knie und setz den Fuß langsam auf dem Boden ab.

## seated-forward-bend
stretch-seated-forward-bend-name = Vorbeuge im Langsitz
stretch-seated-forward-bend-cue = Beine gestreckt, vorneigen, Rücken lang
stretch-seated-forward-bend-step-1 = Setz dich auf den Boden, beide Beine gerade nach vorn ausgestreckt.
stretch-seated-forward-bend-step-2 = Atme ein und mach die Wirbelsäule lang.
stretch-seated-forward-bend-step-3 = Atme aus und neig dich aus der Hüfte nach vorn, die Brust Richtung Beine.
stretch-seated-forward-bend-step-4 = Streck dich mit geradem Rücken nach vorn, statt ihn rund zu machen; leg die Hände auf die Schienbeine oder Füße.
stretch-seated-forward-bend-hold-cue = Atme tief und lass die Spannung an der Rückseite der Beine nachlassen.
stretch-seated-forward-bend-release = Richte dich langsam auf, die Brust voran.

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = Drehdehnung im Sitzen
stretch-seated-twist-hamstring-cue = übers gestreckte Bein neigen, zu ihm drehen
stretch-seated-twist-hamstring-step-1 = { $side ->
    [right] Setz dich auf den Boden, das rechte Bein gestreckt, das linke Knie gebeugt, die linke Fußsohle an der Innenseite des rechten Oberschenkels.
    [left] Setz dich auf den Boden, das linke Bein gestreckt, das rechte Knie gebeugt, die rechte Fußsohle an der Innenseite des linken Oberschenkels.
   *[other] Setz dich auf den Boden, ein Bein gestreckt, das andere Knie gebeugt, dessen Fußsohle an der Innenseite des gestreckten Oberschenkels.
}
stretch-seated-twist-hamstring-step-2 = { $side ->
    [right] Richte dich auf und neig dich dann aus der Hüfte nach vorn über das rechte Bein.
    [left] Richte dich auf und neig dich dann aus der Hüfte nach vorn über das linke Bein.
   *[other] Richte dich auf und neig dich dann aus der Hüfte nach vorn über das gestreckte Bein.
}
stretch-seated-twist-hamstring-step-3 = { $side ->
    [right] Dreh die Brust sanft zum rechten Bein und greif mit der linken Hand an die Außenseite des rechten Schienbeins oder Fußes.
    [left] Dreh die Brust sanft zum linken Bein und greif mit der rechten Hand an die Außenseite des linken Schienbeins oder Fußes.
   *[other] Dreh die Brust sanft zum gestreckten Bein und greif mit der anderen Hand an die Außenseite seines Schienbeins oder Fußes.
}
stretch-seated-twist-hamstring-step-4 = { $side ->
    [right] Leg die rechte Hand neben der Hüfte auf den Boden.
    [left] Leg die linke Hand neben der Hüfte auf den Boden.
   *[other] Leg die freie Hand neben der Hüfte auf den Boden.
}
stretch-seated-twist-hamstring-hold-cue = Halte die Drehung klein und den Rücken lang; geh erst tiefer, wenn die Muskeln nachgeben.
stretch-seated-twist-hamstring-release = Dreh dich zurück nach vorn und richte dich dann langsam auf.

## A custom stretch's defaults.
stretch-custom-hold-cue = Bleib ruhig dort, wo du einen sanften Zug spürst, und atme langsam.
stretch-custom-release = Komm langsam aus der Dehnung.
