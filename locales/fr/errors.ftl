# French translation; wants a native speaker's review.

## Parler au limber en cours d’exécution.
error-not-running = limber n’est pas lancé (lancez-le avec `limber`)
error-other-user = limber refuse de parler à { $socket } : il est servi par un autre utilisateur (uid { $uid }), pas par votre limber
error-cannot-talk = impossible de parler à limber : { $error }
error-no-answer = limber n’a pas répondu en { $seconds } s
error-odd-answer = limber a répondu quelque chose d’inattendu : « { $answer } »

## Ce que refuse le limber en cours d’exécution.
error-not-paused = limber n’est pas en pause.
error-nothing-enabled = Aucun étirement n’est activé pour les positions de votre configuration.
error-stretch-under-way = Un étirement est déjà en cours ({ $current }).
error-not-the-stretch-under-way = « { $id } » n’est pas l’étirement en cours ({ $current }).
error-nothing-due = Aucun rappel n’est dû. Pour repousser le prochain, utilisez `limber snooze`.
error-no-such-stretch = Aucun étirement ne s’appelle « { $id } » ; `limber list` les montre tous.

## Un fichier que limber ne lit pas.
error-not-a-file = c’est { $kind ->
        [folder] un dossier
        [fifo] un tube nommé (FIFO)
        [socket] un socket
        [device] un périphérique
       *[other] autre chose qu’un fichier
    }, pas un fichier ordinaire
error-file-too-large = ce fichier dépasse { $size }, plus que limber n’écrit ou ne lit jamais
error-cannot-read = illisible : { $error }
error-size-mib = { $count } Mio
error-size-kib = { $count } Kio
error-size-bytes = { $count ->
        [one] { $count } octet
       *[other] { $count } octets
    }
error-not-utf8 = { $path } n’est pas du texte UTF-8
error-no-folder = { $path } n’est dans aucun dossier

## L’état enregistré et l’historique.
error-state-unreadable = impossible de lire l’état enregistré dans { $path } : { $reason }
error-history-line-too-long = plus de { $kib } Kio, ce qu’aucun événement n’atteint
error-history-cannot-read-on = impossible de lire la suite : { $error }
error-history-line-incomplete = la dernière ligne est incomplète (limber s’est arrêté en l’écrivant)

## Le dossier d’exécution.
error-runtime-folder-refused = limber refuse le dossier d’exécution { $path } : { $why } ; ce doit être un dossier que vous seul pouvez utiliser (supprimez-le, ou faites pointer XDG_RUNTIME_DIR vers un tel dossier)
error-runtime-folder-link = c’est un lien symbolique
error-runtime-folder-not-a-folder = ce n’est pas un dossier
error-runtime-folder-owner = il appartient à un autre utilisateur (uid { $uid })
error-runtime-folder-open = il est ouvert aux autres utilisateurs (mode { $mode })
error-no-home = ni { $variable } ni HOME n’est défini
error-no-home-folder = impossible de trouver votre dossier personnel

## Le lancement à l’ouverture de session.
error-autostart-cannot-change = impossible de modifier { $place } : { $error }
error-autostart-where-installed = impossible de savoir où limber est installé : { $error }

## Lancer un programme, et les fenêtres.
error-cannot-start-limber = impossible de lancer limber : { $error }
error-cannot-start-program = impossible de lancer { $program } : { $error }
error-window-cannot-open = impossible d’ouvrir une fenêtre : { $error }
error-window-failed = la fenêtre a échoué : { $error }
error-window-cannot-draw = impossible de dessiner : { $error }
error-window-too-large = la fenêtre est trop grande pour être dessinée
error-window-helper = impossible de démarrer : { $error }
