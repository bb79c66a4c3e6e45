# French translation; wants a native speaker's review.
# limber: the built-in catalogue (fr). Steps select on $side (right, left, none) because French
# agrees the side's word with its noun ("la cheville droite", "le genou droit"); the default
# variant is for a stretch with no side.

## Where a stretch is done: label inside a sentence or a table, lead opening a reminder.
position-chair-label = sur une chaise
position-chair-lead = Sur votre chaise
position-standing-label = debout
position-standing-lead = Debout
position-floor-label = au sol
position-floor-lead = Au sol
position-unknown = position "{ $position }" inconnue : utilisez "chair", "standing" ou "floor"

## The cautions every stretch carries.
caution-common-1 = Arrêtez immédiatement si vous ressentez une douleur ou une gêne : un étirement doit donner une légère sensation de tension, jamais de douleur.
caution-common-2 = Une douleur qui descend à l'arrière de la jambe, un engourdissement ou des fourmillements peuvent être le signe d'une sciatique ou d'une élongation des ischio-jambiers : arrêtez et consultez un professionnel de santé.
caution-common-3 = Bougez lentement, sans à-coups ni rebonds, et ne dépassez jamais vos limites.

## seated-figure-four-chair
stretch-seated-figure-four-chair-name = Étirement en 4 assis
stretch-seated-figure-four-chair-cue = cheville sur l'autre cuisse, penchez-vous
stretch-seated-figure-four-chair-step-1 = Asseyez-vous bien droit sur la moitié avant de votre chaise, les deux pieds à plat au sol. Si elle est à roulettes, calez-la d'abord contre le bureau.
stretch-seated-figure-four-chair-step-2 = { $side ->
    [right] Posez la cheville droite sur la cuisse gauche, juste au-dessus du genou, et laissez le genou droit s'ouvrir sur le côté.
    [left] Posez la cheville gauche sur la cuisse droite, juste au-dessus du genou, et laissez le genou gauche s'ouvrir sur le côté.
   *[none] Posez une cheville sur l'autre cuisse, juste au-dessus du genou, et laissez le genou de cette jambe s'ouvrir sur le côté.
}
stretch-seated-figure-four-chair-step-3 = Gardez le dos droit et le ventre légèrement gainé.
stretch-seated-figure-four-chair-step-4 = { $side ->
    [right] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension au fond de la fesse droite.
    [left] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension au fond de la fesse gauche.
   *[none] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension au fond de la fesse, du côté de la jambe croisée.
}
stretch-seated-figure-four-chair-hold-cue = { $side ->
    [right] Restez là où la tension est légère, le dos bien long, et laissez la hanche droite se relâcher à chaque expiration.
    [left] Restez là où la tension est légère, le dos bien long, et laissez la hanche gauche se relâcher à chaque expiration.
   *[none] Restez là où la tension est légère, le dos bien long, et laissez la hanche se relâcher à chaque expiration.
}
stretch-seated-figure-four-chair-release = Redressez-vous lentement et reposez le pied au sol.

## standing-forward-fold
stretch-standing-forward-fold-name = Flexion avant debout
stretch-standing-forward-fold-cue = basculez depuis les hanches, genoux souples
stretch-standing-forward-fold-step-1 = Tenez-vous debout, pieds écartés de la largeur du bassin, avec de la place devant vous, genoux souples.
stretch-standing-forward-fold-step-2 = Reculez le bassin et penchez-vous lentement en avant à partir des hanches, les mains vers les orteils.
stretch-standing-forward-fold-step-3 = Fléchissez un peu plus les genoux si l'arrière des jambes tire trop.
stretch-standing-forward-fold-step-4 = Allongez la colonne et laissez la poitrine se rapprocher des cuisses.
stretch-standing-forward-fold-hold-cue = Laissez pendre la tête et les bras, gardez les genoux souples et respirez profondément en portant votre attention sur l'arrière des cuisses.
stretch-standing-forward-fold-release = Fléchissez un peu les genoux et redressez-vous lentement en déroulant le dos, la tête en dernier.
stretch-standing-forward-fold-caution-1 = Remontez lentement si vous avez tendance à avoir la tête qui tourne.

## chair-hamstring-turnout
stretch-chair-hamstring-turnout-name = Ischio-jambiers en bord de chaise
stretch-chair-hamstring-turnout-cue = jambe tendue, pied en dehors
stretch-chair-hamstring-turnout-step-1 = Asseyez-vous au bord de votre chaise, les deux pieds à plat au sol. Si elle est à roulettes, calez-la d'abord contre le bureau.
stretch-chair-hamstring-turnout-step-2 = { $side ->
    [right] Faites glisser la jambe droite devant vous, talon au sol et orteils relevés, et tournez-la légèrement vers l'extérieur depuis la hanche.
    [left] Faites glisser la jambe gauche devant vous, talon au sol et orteils relevés, et tournez-la légèrement vers l'extérieur depuis la hanche.
   *[none] Faites glisser une jambe devant vous, talon au sol et orteils relevés, et tournez-la légèrement vers l'extérieur depuis la hanche.
}
stretch-chair-hamstring-turnout-step-3 = { $side ->
    [right] Gardez le pied gauche à plat et posez les mains sur la cuisse gauche.
    [left] Gardez le pied droit à plat et posez les mains sur la cuisse droite.
   *[none] Gardez l'autre pied à plat et posez les mains sur l'autre cuisse.
}
stretch-chair-hamstring-turnout-step-4 = { $side ->
    [right] Le dos droit, penchez-vous en avant à partir des hanches jusqu'à sentir un léger étirement à l'arrière de la cuisse droite, tout en haut.
    [left] Le dos droit, penchez-vous en avant à partir des hanches jusqu'à sentir un léger étirement à l'arrière de la cuisse gauche, tout en haut.
   *[none] Le dos droit, penchez-vous en avant à partir des hanches jusqu'à sentir un léger étirement à l'arrière de la cuisse tendue, tout en haut.
}
stretch-chair-hamstring-turnout-hold-cue = Gardez le dos droit plutôt que d'aller plus loin, et respirez lentement.
stretch-chair-hamstring-turnout-release = Redressez-vous lentement et ramenez le pied vers vous.

## desk-supported-hip-hinge
stretch-desk-supported-hip-hinge-name = Flexion des hanches, mains au bureau
stretch-desk-supported-hip-hinge-cue = bassin en arrière, dos plat
stretch-desk-supported-hip-hinge-step-1 = Tenez-vous face à votre bureau, à environ une longueur de bras, et posez les deux mains sur son bord.
stretch-desk-supported-hip-hinge-step-2 = Placez les pieds à la largeur du bassin, genoux souples.
stretch-desk-supported-hip-hinge-step-3 = Reculez le bassin et penchez-vous en avant à partir des hanches jusqu'à ce que les bras soient tendus et le dos long et à l'horizontale.
stretch-desk-supported-hip-hinge-step-4 = Arrêtez-vous dès que vous sentez une légère tension derrière les deux cuisses, jusque sous les fesses.
stretch-desk-supported-hip-hinge-hold-cue = Gardez les mains posées légèrement sur le bureau, étirez-vous en longueur du bassin jusqu'à la tête et respirez lentement.
stretch-desk-supported-hip-hinge-release = Rapprochez les pieds du bureau à petits pas et redressez-vous lentement.
stretch-desk-supported-hip-hinge-caution-1 = Appuyez-vous uniquement sur un bureau ou un plan de travail qui ne risque ni de glisser ni de basculer.

## chair-forward-bend
stretch-chair-forward-bend-name = Flexion avant sur chaise
stretch-chair-forward-bend-cue = jambes tendues, talons au sol, penchez-vous
stretch-chair-forward-bend-step-1 = Asseyez-vous au bord de votre chaise. Si elle est à roulettes, calez-la d'abord contre le bureau.
stretch-chair-forward-bend-step-2 = Allongez les deux jambes devant vous, talons au sol et orteils relevés, genoux tendus mais pas verrouillés.
stretch-chair-forward-bend-step-3 = Inspirez et grandissez-vous.
stretch-chair-forward-bend-step-4 = Expirez et penchez-vous en avant à partir des hanches, le dos droit, en laissant glisser les mains le long des tibias.
stretch-chair-forward-bend-hold-cue = Avancez la poitrine plutôt que d'arrondir le dos, et respirez en portant votre attention sur l'arrière des jambes.
stretch-chair-forward-bend-release = Redressez-vous lentement et ramenez les pieds vers vous.

## standing-heel-forward-hinge
stretch-standing-heel-forward-hinge-name = Flexion debout, talon en avant
stretch-standing-heel-forward-hinge-cue = pointe du pied levée, penchez-vous
stretch-standing-heel-forward-hinge-step-1 = Tenez-vous bien droit à côté de votre bureau, les mains sur les hanches ; touchez le bureau si besoin pour garder l'équilibre.
stretch-standing-heel-forward-hinge-step-2 = { $side ->
    [right] Avancez le pied droit d'un demi-pas, talon au sol et orteils relevés, le genou tendu mais pas verrouillé.
    [left] Avancez le pied gauche d'un demi-pas, talon au sol et orteils relevés, le genou tendu mais pas verrouillé.
   *[none] Avancez un pied d'un demi-pas, talon au sol et orteils relevés, le genou tendu mais pas verrouillé.
}
stretch-standing-heel-forward-hinge-step-3 = { $side ->
    [right] Fléchissez légèrement le genou gauche et posez les mains sur la cuisse gauche.
    [left] Fléchissez légèrement le genou droit et posez les mains sur la cuisse droite.
   *[none] Fléchissez légèrement l'autre genou et posez les mains sur cette cuisse.
}
stretch-standing-heel-forward-hinge-step-4 = { $side ->
    [right] Reculez le bassin et penchez-vous en avant, le dos long, jusqu'à sentir une légère tension derrière la cuisse droite.
    [left] Reculez le bassin et penchez-vous en avant, le dos long, jusqu'à sentir une légère tension derrière la cuisse gauche.
   *[none] Reculez le bassin et penchez-vous en avant, le dos long, jusqu'à sentir une légère tension derrière la cuisse de la jambe avancée.
}
stretch-standing-heel-forward-hinge-hold-cue = { $side ->
    [right] Gardez le dos long et le poids sur la jambe gauche, et respirez lentement.
    [left] Gardez le dos long et le poids sur la jambe droite, et respirez lentement.
   *[none] Gardez le dos long et le poids sur la jambe arrière, et respirez lentement.
}
stretch-standing-heel-forward-hinge-release = Redressez-vous lentement et ramenez les pieds côte à côte.

## lying-hamstring-strap
stretch-lying-hamstring-strap-name = Ischio-jambiers sur le dos
stretch-lying-hamstring-strap-cue = levez une jambe tendue vers vous
stretch-lying-hamstring-strap-step-1 = Allongez-vous sur le dos, les deux genoux fléchis et les pieds à plat au sol.
stretch-lying-hamstring-strap-step-2 = { $side ->
    [right] Levez la jambe droite et tenez-la à deux mains derrière la cuisse ; vous pouvez aussi passer une serviette ou une ceinture autour du pied.
    [left] Levez la jambe gauche et tenez-la à deux mains derrière la cuisse ; vous pouvez aussi passer une serviette ou une ceinture autour du pied.
   *[none] Levez une jambe et tenez-la à deux mains derrière la cuisse ; vous pouvez aussi passer une serviette ou une ceinture autour du pied.
}
stretch-lying-hamstring-strap-step-3 = { $side ->
    [right] Tendez la jambe droite autant que c'est confortable et rapprochez-la doucement de la poitrine.
    [left] Tendez la jambe gauche autant que c'est confortable et rapprochez-la doucement de la poitrine.
   *[none] Tendez cette jambe autant que c'est confortable et rapprochez-la doucement de la poitrine.
}
stretch-lying-hamstring-strap-step-4 = { $side ->
    [right] Gardez le pied gauche à plat, la tête et les épaules détendues au sol.
    [left] Gardez le pied droit à plat, la tête et les épaules détendues au sol.
   *[none] Gardez l'autre pied à plat, la tête et les épaules détendues au sol.
}
stretch-lying-hamstring-strap-hold-cue = { $side ->
    [right] Allez-y progressivement jusqu'à sentir l'étirement là où la cuisse droite rejoint la fesse, et respirez profondément.
    [left] Allez-y progressivement jusqu'à sentir l'étirement là où la cuisse gauche rejoint la fesse, et respirez profondément.
   *[none] Allez-y progressivement jusqu'à sentir l'étirement là où la cuisse rejoint la fesse, et respirez profondément.
}
stretch-lying-hamstring-strap-release = Pliez le genou et reposez lentement le pied au sol.

## seated-figure-four-floor
stretch-seated-figure-four-floor-name = Étirement en 4 assis
stretch-seated-figure-four-floor-cue = cheville sur l'autre cuisse, penchez-vous
stretch-seated-figure-four-floor-step-1 = Asseyez-vous au sol, les deux jambes allongées devant vous.
stretch-seated-figure-four-floor-step-2 = { $side ->
    [right] Pliez le genou droit et posez la cheville droite sur la cuisse gauche, juste au-dessus du genou.
    [left] Pliez le genou gauche et posez la cheville gauche sur la cuisse droite, juste au-dessus du genou.
   *[none] Pliez un genou et posez la cheville de cette jambe sur l'autre cuisse, juste au-dessus du genou.
}
stretch-seated-figure-four-floor-step-3 = Grandissez-vous, le dos droit et le ventre légèrement gainé.
stretch-seated-figure-four-floor-step-4 = { $side ->
    [right] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension dans la fesse droite et l'arrière de la cuisse.
    [left] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension dans la fesse gauche et l'arrière de la cuisse.
   *[none] Penchez-vous lentement en avant à partir des hanches, jusqu'à sentir une légère tension dans la fesse et l'arrière de la cuisse, du côté de la jambe croisée.
}
stretch-seated-figure-four-floor-hold-cue = { $side ->
    [right] Gardez le dos droit et laissez la hanche droite se relâcher un peu à chaque expiration.
    [left] Gardez le dos droit et laissez la hanche gauche se relâcher un peu à chaque expiration.
   *[none] Gardez le dos droit et laissez la hanche se relâcher un peu à chaque expiration.
}
stretch-seated-figure-four-floor-release = Redressez-vous lentement et allongez de nouveau la jambe.

## seated-hamstring-turnout
stretch-seated-hamstring-turnout-name = Ischio-jambiers assis, pied en dehors
stretch-seated-hamstring-turnout-cue = tendez les mains vers ses orteils
stretch-seated-hamstring-turnout-step-1 = Asseyez-vous au sol, les deux jambes allongées devant vous.
stretch-seated-hamstring-turnout-step-2 = { $side ->
    [right] Tournez légèrement la jambe droite vers l'extérieur depuis la hanche, pour que les orteils pointent un peu en dehors.
    [left] Tournez légèrement la jambe gauche vers l'extérieur depuis la hanche, pour que les orteils pointent un peu en dehors.
   *[none] Tournez légèrement une jambe vers l'extérieur depuis la hanche, pour que les orteils pointent un peu en dehors.
}
stretch-seated-hamstring-turnout-step-3 = { $side ->
    [right] Grandissez-vous, puis penchez-vous en avant à partir des hanches, le dos droit, les mains vers les orteils du pied droit.
    [left] Grandissez-vous, puis penchez-vous en avant à partir des hanches, le dos droit, les mains vers les orteils du pied gauche.
   *[none] Grandissez-vous, puis penchez-vous en avant à partir des hanches, le dos droit, les mains vers les orteils de cette jambe.
}
stretch-seated-hamstring-turnout-step-4 = { $side ->
    [right] Arrêtez-vous dès que vous sentez un léger étirement à l'arrière de la cuisse droite, tout en haut.
    [left] Arrêtez-vous dès que vous sentez un léger étirement à l'arrière de la cuisse gauche, tout en haut.
   *[none] Arrêtez-vous dès que vous sentez un léger étirement à l'arrière de cette cuisse, tout en haut.
}
stretch-seated-hamstring-turnout-hold-cue = Respirez profondément et allez un peu plus loin à chaque expiration.
stretch-seated-hamstring-turnout-release = Redressez-vous lentement.

## pigeon-pose
stretch-pigeon-pose-name = Posture du pigeon
stretch-pigeon-pose-cue = jambe avant repliée, jambe arrière tendue
stretch-pigeon-pose-step-1 = Placez-vous à quatre pattes, sur un tapis.
stretch-pigeon-pose-step-2 = { $side ->
    [right] Avancez le genou droit derrière le poignet droit, le tibia en diagonale sous vous.
    [left] Avancez le genou gauche derrière le poignet gauche, le tibia en diagonale sous vous.
   *[none] Avancez un genou derrière le poignet du même côté, le tibia en diagonale sous vous.
}
stretch-pigeon-pose-step-3 = { $side ->
    [right] Faites glisser la jambe gauche tendue vers l'arrière, le dessus du pied à plat au sol.
    [left] Faites glisser la jambe droite tendue vers l'arrière, le dessus du pied à plat au sol.
   *[none] Faites glisser l'autre jambe tendue vers l'arrière, le dessus du pied à plat au sol.
}
stretch-pigeon-pose-step-4 = Alignez les hanches face à l'avant autant que c'est confortable, les mains sous les épaules.
stretch-pigeon-pose-step-5 = Si l'étirement est intense, restez ainsi ; pour aller plus loin, avancez les mains et abaissez la poitrine.
stretch-pigeon-pose-hold-cue = { $side ->
    [right] Respirez profondément et laissez la hanche droite descendre un peu à chaque expiration.
    [left] Respirez profondément et laissez la hanche gauche descendre un peu à chaque expiration.
   *[none] Respirez profondément et laissez la hanche descendre un peu à chaque expiration.
}
stretch-pigeon-pose-release = Poussez sur les mains, prenez appui sur les orteils du pied arrière et revenez lentement à quatre pattes.
stretch-pigeon-pose-caution-1 = Placez un coussin sous le genou avant, et renoncez à cet étirement si ce genou vous fait mal.

## reclining-hand-to-big-toe
stretch-reclining-hand-to-big-toe-name = Main au gros orteil, sur le dos
stretch-reclining-hand-to-big-toe-cue = tenez un pied, tendez la jambe en l'air
stretch-reclining-hand-to-big-toe-step-1 = Allongez-vous sur le dos, les deux jambes tendues.
stretch-reclining-hand-to-big-toe-step-2 = { $side ->
    [right] En inspirant, ramenez le genou droit vers la poitrine.
    [left] En inspirant, ramenez le genou gauche vers la poitrine.
   *[none] En inspirant, ramenez un genou vers la poitrine.
}
stretch-reclining-hand-to-big-toe-step-3 = { $side ->
    [right] Tenez l'avant de la plante du pied droit avec les mains, ou passez une serviette ou une ceinture autour si vous ne l'atteignez pas.
    [left] Tenez l'avant de la plante du pied gauche avec les mains, ou passez une serviette ou une ceinture autour si vous ne l'atteignez pas.
   *[none] Tenez l'avant de la plante de ce pied avec les mains, ou passez une serviette ou une ceinture autour si vous ne l'atteignez pas.
}
stretch-reclining-hand-to-big-toe-step-4 = { $side ->
    [right] En expirant, tendez la jambe droite vers le haut et ramenez-la doucement vers vous ; la jambe gauche reste allongée au sol.
    [left] En expirant, tendez la jambe gauche vers le haut et ramenez-la doucement vers vous ; la jambe droite reste allongée au sol.
   *[none] En expirant, tendez cette jambe vers le haut et ramenez-la doucement vers vous ; l'autre jambe reste allongée au sol.
}
stretch-reclining-hand-to-big-toe-hold-cue = Sentez l'étirement de l'arrière de la cuisse jusque dans la fesse, et laissez la jambe se rapprocher un peu à chaque expiration.
stretch-reclining-hand-to-big-toe-release = Pliez le genou et reposez lentement le pied au sol.

## seated-forward-bend
stretch-seated-forward-bend-name = Flexion avant assise
stretch-seated-forward-bend-cue = jambes tendues, penchez-vous, dos droit
stretch-seated-forward-bend-step-1 = Asseyez-vous au sol, les deux jambes tendues devant vous.
stretch-seated-forward-bend-step-2 = Inspirez et allongez la colonne.
stretch-seated-forward-bend-step-3 = Expirez et penchez-vous à partir des hanches, en rapprochant la poitrine des jambes.
stretch-seated-forward-bend-step-4 = Allez vers l'avant le dos droit, sans vous enrouler ; posez les mains sur les tibias ou les pieds.
stretch-seated-forward-bend-hold-cue = Respirez profondément et laissez l'arrière des jambes se relâcher.
stretch-seated-forward-bend-release = Redressez-vous lentement, en guidant le mouvement par la poitrine.

## seated-twist-hamstring
stretch-seated-twist-hamstring-name = Torsion assise, jambe tendue
stretch-seated-twist-hamstring-cue = penchez-vous et tournez-vous vers elle
stretch-seated-twist-hamstring-step-1 = { $side ->
    [right] Asseyez-vous au sol, la jambe droite tendue et le genou gauche plié, la plante du pied gauche contre l'intérieur de la cuisse droite.
    [left] Asseyez-vous au sol, la jambe gauche tendue et le genou droit plié, la plante du pied droit contre l'intérieur de la cuisse gauche.
   *[none] Asseyez-vous au sol, une jambe tendue et l'autre genou plié, la plante de ce pied contre l'intérieur de la cuisse tendue.
}
stretch-seated-twist-hamstring-step-2 = { $side ->
    [right] Grandissez-vous, puis penchez-vous en avant à partir des hanches, au-dessus de la jambe droite.
    [left] Grandissez-vous, puis penchez-vous en avant à partir des hanches, au-dessus de la jambe gauche.
   *[none] Grandissez-vous, puis penchez-vous en avant à partir des hanches, au-dessus de la jambe tendue.
}
stretch-seated-twist-hamstring-step-3 = { $side ->
    [right] Tournez doucement la poitrine vers la jambe droite et amenez la main gauche à l'extérieur du tibia ou du pied droit.
    [left] Tournez doucement la poitrine vers la jambe gauche et amenez la main droite à l'extérieur du tibia ou du pied gauche.
   *[none] Tournez doucement la poitrine vers la jambe tendue et amenez la main opposée à l'extérieur de son tibia ou de son pied.
}
stretch-seated-twist-hamstring-step-4 = { $side ->
    [right] Posez la main droite au sol, à côté de la hanche.
    [left] Posez la main gauche au sol, à côté de la hanche.
   *[none] Posez l'autre main au sol, à côté de la hanche.
}
stretch-seated-twist-hamstring-hold-cue = Gardez une torsion légère et le dos long ; n'allez plus loin que lorsque les muscles se relâchent.
stretch-seated-twist-hamstring-release = Revenez face à l'avant, puis redressez-vous lentement.

## A custom stretch that gives no hold cue or no way out.
stretch-custom-hold-cue = Restez immobile là où vous sentez une légère tension, et respirez lentement.
stretch-custom-release = Sortez lentement de l'étirement.
