# French translation; wants a native speaker's review.
# limber: reminders, the tray and the daemon (fr).

## The reminder: a notification with buttons.

# Title, at most about 45 characters.
reminder-summary = Étirez-vous · { $sitting } sans vous lever

# Body, at most 100 characters with the longest stretch.
reminder-body = { $lead } : { $stretch }, { $per_side ->
        [yes] { $hold_secs } s par côté
       *[no] { $hold_secs } s
    }. { $cue }.
    .stretch-case = lower

reminder-start = Commencer
reminder-snooze = Reporter de { $length }
reminder-skip = Passer

reminder-no-tray = Aucune icône dans la zone de notification : ouvrez limber depuis vos applications (clic droit dessus pour « Reporter » et « Mettre en pause »).
reminder-no-tray-gnome = Aucune icône dans la zone de notification : ouvrez limber depuis vos applications (clic droit dessus pour « Reporter » et « Mettre en pause »). L'extension AppIndicator de GNOME affiche l'icône dans la barre supérieure.

reminder-config-kept = limber a conservé vos paramètres précédents

## The tray's first line (also the tooltip and `limber status`).

reminder-held-until = Étirement différé jusqu'à { $reasons }
reminder-held = Étirement différé à un meilleur moment
reminder-held-until-call = la fin de l'appel
reminder-held-until-fullscreen = la sortie du plein écran
reminder-held-until-do-not-disturb = la désactivation de « Ne pas déranger »
reminder-held-until-gnome-break = un peu après la pause de GNOME

tray-status-stretching = Étirement en cours : { $stretch }
tray-status-stretching-unnamed = Étirement en cours
tray-status-due = C'est l'heure de vous étirer : { $stretch }
tray-status-due-unnamed = C'est l'heure de vous étirer
tray-status-paused = En pause
tray-status-paused-until = En pause jusqu'à { $day ->
        [today] { $time }
       *[other] { $day } { $time }
    }
tray-status-on-break = Vous faites une pause
tray-status-sitting = { $sitting } sans vous lever
tray-status-next = { $sitting } sans vous lever · prochain étirement dans { $left }
tray-status-snoozed = { $sitting } sans vous lever · reporté, prochain étirement dans { $left }
tray-status-off-until = { $sitting } sans vous lever · hors horaires de travail jusqu'à { $day ->
        [today] { $time }
       *[other] { $day } { $time }
    }
tray-status-beside-gnome-breaks = { $line } · en plus des pauses de GNOME

## The tray's menu: short items.

tray-stretch-now = S'étirer maintenant
tray-stretch-choose = Choisir un étirement…
tray-stretch-choice = { $stretch } ({ $position })
tray-snooze = Reporter
tray-pause = Mettre en pause
tray-pause-minutes = { $minutes } min
tray-pause-hours = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
tray-pause-until-tomorrow = Jusqu'à demain
tray-resume = Reprendre
tray-remind-anyway = Me rappeler quand même aujourd'hui
tray-your-week = Votre semaine…
tray-start-at-login = Lancer à l'ouverture de session
tray-open-settings = Ouvrir les paramètres
tray-quit = Quitter
tray-tooltip = limber · { $status }

## What the daemon answers a command, or says when started twice.

daemon-too-many-windows = Trop de fenêtres de minuterie sont ouvertes ({ $max } au maximum).
daemon-window-failed = Impossible d'ouvrir la fenêtre de minuterie ({ $error }), l'étirement n'a donc pas commencé.
daemon-window-taken = Une autre fenêtre de minuterie affiche déjà l'étirement en cours.
daemon-snooze-refused = Un report de { $secs } s est { $why }.
daemon-pause-refused = Une pause de { $secs } s est { $why }.
daemon-already-running = limber est déjà lancé
daemon-already-running-elsewhere = limber est déjà lancé (processus { $pid }, sur { $socket }) ; les commandes données ici le cherchent sur { $ours } : lancez-les avec XDG_RUNTIME_DIR={ $folder }
daemon-already-running-unreachable = limber est déjà lancé (processus { $pid }), mais aucune commande ne peut l'atteindre : son dossier d'exécution a été refusé (son journal indique pourquoi)
daemon-running-elsewhere = limber est lancé (processus { $pid }, sur { $socket }) ; les commandes données ici le cherchent sur { $ours } : lancez-les avec XDG_RUNTIME_DIR={ $folder }
daemon-running-unreachable = limber est lancé (processus { $pid }), mais aucune commande ne peut l'atteindre : son dossier d'exécution a été refusé (son journal indique pourquoi)

daemon-cannot-start = impossible de démarrer : { $problem }
daemon-running-on-defaults = fonctionne avec les paramètres par défaut jusqu'à ce que le fichier soit corrigé
daemon-cannot-serve = impossible d'écouter sur { $socket } : { $error }
daemon-event-loop-cannot-start = impossible de démarrer la boucle d'événements : { $error }
daemon-event-loop-failed = la boucle d'événements a échoué : { $error }

## `limber autostart status`, and after switching it.

autostart-on-ours = Lancement à l'ouverture de session : activé ({ $path })
autostart-off = Lancement à l'ouverture de session : désactivé
autostart-off-ours = Lancement à l'ouverture de session : désactivé ({ $path })
autostart-on-users = Lancement à l'ouverture de session : activé (votre propre entrée, { $path })
autostart-off-users = Lancement à l'ouverture de session : désactivé (votre propre entrée, { $path })
autostart-on-system = Lancement à l'ouverture de session : activé (entrée pour tout le système, { $path })
autostart-off-system = Lancement à l'ouverture de session : désactivé (entrée pour tout le système, { $path })
autostart-on-platform = Lancement à l'ouverture de session : activé ({ $place })
autostart-off-platform = Lancement à l'ouverture de session : désactivé ({ $place })
