# Les textes de Lodestar en français, traduits du fichier de référence anglais (en/lodestar.ftl).
# Un message s’écrit `id = texte` ; `{ $name }` est rempli par le programme, et
# `{ $n -> [one] … *[other] … }` choisit selon les règles de pluriel de la langue.
# Termes, vouvoiement et typographie (guillemets « … », espaces insécables avant : ; ? !) :
# voir GLOSSARY.md dans ce dossier.

## La langue elle-même, telle que ses locuteurs l’écrivent (pour le menu des langues).
language-name = Français

## Dates et nombres : $year, $month et $day arrivent en chiffres (« 2026 », « 03 »,
## « 07 ») ; les écrire dans l’ordre habituel de la langue.
date = { $day }/{ $month }/{ $year }
decimal-mark = ,
date-hint = AAAA-MM-JJ

## Les sept étapes.
tab-have = 1  Acquis
tab-want = 2  À acquérir
tab-compare = 3  Comparer
tab-rate = 4  Évaluer
tab-progress = 5  Progression
tab-sessions = 6  Séances
tab-plan = 7  Plan

## La barre du profil.
bar-all-profiles = Tous les profils
bar-all-profiles-hint = Revenir à tous les profils
bar-export = Exporter…
bar-export-hint = Enregistrer ce profil dans un fichier, ou ses évaluations pour un tableur
bar-export-profile = Fichier de profil…
bar-export-profile-hint = Enregistrer ce profil dans un fichier, pour le garder ou le partager
bar-export-sheet = Pour un tableur…
bar-export-sheet-hint = Les évaluations dans le temps, les actions et le plan, en .xlsx ou CSV
bar-send = Envoyer…
bar-send-hint = Envoyer ce profil à l’autre ordinateur en un seul fichier
bar-send-technician = Au technicien…
bar-send-technician-hint = Un seul fichier à envoyer ; vos notes privées restent ici
bar-send-coach = Au coach…
bar-send-coach-hint = Un seul fichier à envoyer à votre coach
bar-undo = Annuler
bar-redo = Rétablir
bar-add-evidence = Ajouter un exemple…
bar-add-evidence-hint = Noter un fait vécu au travail qui montre une compétence (Ctrl+E)

## La ligne d’état.
status-changed-elsewhere = Modifié ailleurs :
status-keep-mine = Garder ma version
status-load-theirs = Charger l’autre
status-to-settle =
    { $n ->
        [one] { $n } modification faite sur les deux ordinateurs, à trancher
       *[other] { $n } modifications faites sur les deux ordinateurs, à trancher
    }
status-settle = Trancher…
status-read-only = Lecture seule : { $reason }.
status-undo-delete = Annuler la suppression
status-about = À propos
status-about-hint = Version, emplacement de vos données
status-theme-dark = Sombre
status-theme-dark-hint = Thème sombre
status-theme-light = Clair
status-theme-light-hint = Thème clair
status-theme-system = Système
status-theme-system-hint = Suivre le thème du système
status-zoom-hint = Zoom : Ctrl + et Ctrl −
status-language-hint = La langue des écrans de Lodestar, du plan imprimé et des listes intégrées

## Progression : les retours des collègues.
feedback-heading = Retours des collègues
feedback-intro = Vos collègues voient ce qu’un coach ne voit jamais. Interrogez-les avec un formulaire : une page web à envoyer par e-mail, que n’importe quel navigateur ouvre sans internet. Chaque collègue enregistre un petit fichier de réponses et vous le renvoie ; importez ces fichiers avec « Importer des réponses… » ou en les déposant sur cette fenêtre. Leur regard apparaît sur le graphique dès que { $min } personnes ont répondu, sous forme de moyenne qui n’évolue que par groupes entiers de { $min }, pour qu’aucune réponse ne puisse être identifiée.
feedback-ask = Demander l’avis des collègues…
feedback-ask-hint = Lance une nouvelle demande et enregistre son formulaire, prêt à joindre à un e-mail.
feedback-take-in = Importer des réponses…
feedback-take-in-hint = Le fichier de réponses d’un collègue, enregistré depuis le formulaire.
feedback-round = Demande du { $date }
feedback-round-shown =
    { $n ->
        [one] { $n } réponse : sur le graphique et dans le tableau.
       *[other] { $n } réponses : sur le graphique et dans le tableau.
    }
feedback-round-partly = { $n } réponses : { $pooled } sur le graphique et dans le tableau ; les autres les rejoindront dès que { $more } personnes de plus auront répondu.
feedback-round-waiting =
    { $n ->
        [one] { $n } réponse pour l’instant ; encore { $more } avant l’affichage.
       *[other] { $n } réponses pour l’instant ; encore { $more } avant l’affichage.
    }
feedback-form-again = Réenregistrer le formulaire…
feedback-form-again-hint = Le formulaire de la même demande, pour un collègue de plus.
feedback-one-by-one = Réponses une par une ({ $n }), réservées au coach
feedback-received = reçue le { $date }
feedback-leave-out = Écarter
feedback-leave-out-hint = Retire cette réponse de la moyenne des collègues (Ctrl+Z la rétablit).
feedback-not-seen = pas observé
feedback-no-level = sans niveau
feedback-table-title = Collègues (moyenne)
feedback-column-raters = Répondants
feedback-mean-hint = La moyenne des niveaux donnés par { $n } collègues lors de la dernière demande : { $mean } sur { $top }.
feedback-too-few-hint = Moins de { $min } collègues ont évalué cette compétence lors de la dernière demande : elle n’est donc pas affichée.
feedback-flags-heading = À discuter : vos collègues et vous ne voyez pas ces points de la même façon
feedback-flag-line = • { $skill } : vous { $own } ({ $own_date }), collègues { $mean } ({ $n } personnes, demande du { $round })

## Tableaux d’évolution (Progression).
changes-column-skill = Compétence
changes-column-first = Première
changes-column-previous = Précédente
changes-column-latest = Dernière
changes-column-target = Cible
changes-column-change = Évolution
changes-trend-up = en hausse
changes-trend-down = en baisse
changes-trend-same = stable
changes-heading = L’évolution des évaluations
changes-self = Auto-évaluations
changes-coach = Évaluations du coach
changes-none = Aucune évaluation pour l’instant.
changes-not-applicable = sans objet
changes-now-at = Aujourd’hui : { $level }
changes-aiming-for = Niveau visé : { $level }
changes-flags-heading = À discuter : votre coach et vous ne voyez pas ces points de la même façon
changes-flag-line = • { $skill } : vous { $own } ({ $own_date }), coach { $coach } ({ $coach_date })

## Messages sur le profil ouvert.
profile-read-only = Ce profil est en lecture seule : { $reason }.

## Retours des collègues : ce qui a été fait.
feedback-left-out = La réponse a été écartée et la moyenne des collègues recalculée (Ctrl+Z la rétablit).
feedback-no-list = La liste recommandée du profil est introuvable : impossible de créer un formulaire.
feedback-form-not-saved = Le formulaire n’a pas été enregistré : { $reason }.
feedback-form-saved = Formulaire de retours pour { $name } enregistré sous { $path }. Envoyez-le à vos collègues en pièce jointe d’un e-mail ; importez leurs fichiers de réponses avec « Importer des réponses… » (ci-dessous) ou en les déposant sur la fenêtre.
feedback-answers-read-only = Impossible d’importer ces réponses : ce profil est en lecture seule ({ $reason }).
feedback-answers-refused = Impossible d’importer ces réponses : { $reason }.

## La fenêtre À propos.
about-version = Version { $version }
about-what = Le coaching en leadership pour les techniciens : vos acquis, ce que vous voulez acquérir, la comparaison, la progression, et un plan à emporter.
about-kept-in-moved = Les sauvegardes et les réglages sont conservés dans :
about-kept-in = Vos profils sont conservés dans :
about-open-folder = Ouvrir le dossier
about-copy-path = Copier le chemin
about-backup = Pour tout sauvegarder, copiez ce dossier en entier.
about-profiles-chosen = Les profils eux-mêmes sont dans un dossier que vous avez choisi :
about-two-computers = Pour travailler sur deux ordinateurs, placez les profils dans un dossier synchronisé (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing ou un partage réseau).
about-profiles-folder = Dossier des profils…
about-profiles-folder-hint = Déplacer les profils dans un dossier de votre choix ; les sauvegardes restent sur cet ordinateur
about-back-here = Les remettre sur cet ordinateur
about-back-here-hint = Replacer les profils dans le dossier de Lodestar
about-offline = Lodestar fonctionne hors ligne : il n’établit aucune connexion réseau, et vos notes ne quittent jamais cet ordinateur, sauf si vous les exportez.
about-licence = Logiciel libre sous licence MIT ou Apache-2.0. Polices : Noto Sans et Droid Sans Fallback (SIL Open Font License, Apache-2.0).
about-close = Fermer

## Le premier écran : les profils, et la vue coach.
picker-what = Passez de technicien à leader : listez les qualités que vous avez et celles que vous voulez acquérir, puis comparez-les à une liste recommandée.
picker-none-yet = Aucun profil pour l’instant. Tapez un nom ci-dessus et appuyez sur Entrée pour commencer.
picker-profiles = Profils ({ $n })
picker-coach-view = Vue coach
picker-recent-first = Les plus récemment modifiés d’abord
picker-new-profile = Nouveau profil :
picker-name-hint = Nom du technicien
picker-create = Créer
picker-sample = Ouvrir l’exemple
picker-sample-hint = Une copie neuve du technicien exemple, pour découvrir
picker-import = Importer…
picker-newer = version plus récente : lecture seule
picker-open = Ouvrir
picker-open-hint = Ouvrir « { $name } »
picker-rename = Renommer
picker-rename-hint = Renommer « { $name } »
picker-duplicate = Dupliquer
picker-duplicate-hint = Dupliquer « { $name } »
picker-delete = Supprimer
picker-delete-hint = Supprimer « { $name } » (vers la corbeille)
picker-new-name = Nouveau nom :
picker-save-name = Enregistrer le nom
picker-cancel = Annuler
coach-sessions = Séances
coach-skills = Compétences
coach-all = Tous les coachs
coach-filter = Techniciens de
coach-export-team = Exporter l’équipe…
coach-export-team-hint = Les derniers niveaux et les cibles de chacun, sur une seule feuille (.xlsx ou CSV)
coach-calendar = Calendrier…
coach-calendar-hint = La prochaine séance de chacun dans un seul fichier de calendrier (.ics), avec rappels ; réimportez-le plus tard pour le mettre à jour
coach-order = En retard d’abord, puis la prochaine séance la plus proche.
coach-column-technician = Technicien
coach-column-coach = Coach
coach-column-last = Dernière séance
coach-column-next = Prochaine séance
coach-column-open = Actions en cours
coach-column-overdue = En retard
coach-never = jamais
coach-past = { $date } (passée)
coach-not-set = non fixée
coach-show-all = Afficher les { $n } techniciens

## Ce qui arrive à échéance (premier écran et vue coach).
due-heading = Échéances
due-more =
    { $n ->
        [one] et { $n } autre
       *[other] et { $n } autres
    }

## Progression : l’évolution dans le temps.
growth-heading = Évolution dans le temps
growth-export = Exporter le graphique d’évolution…
growth-export-hint = L’enregistrer en SVG ou PNG
growth-empty = Après deux évaluations, les niveaux de chaque compétence s’affichent ici en courbes dans le temps, avec en dessous les exemples concrets et les actions faites.
growth-described =
    { $n ->
        [one] Graphique d’évolution de { $n } compétence : évaluations dans le temps, exemples concrets et actions faites ; le tableau d’évolution ci-dessus reprend les mêmes évaluations
       *[other] Graphique d’évolution de { $n } compétences : évaluations dans le temps, exemples concrets et actions faites ; le tableau d’évolution ci-dessus reprend les mêmes évaluations
    }
due-line = { $name } : { $what }
due-session-today-at = séance aujourd’hui à { $time }
due-session-today = séance aujourd’hui
due-session-soon = séance le { $weekday } { $date }
due-session-missed = séance du { $date } pas encore tenue
due-actions-overdue =
    { $n ->
        [one] { $n } action en retard (échéance le { $date })
       *[other] { $n } actions en retard (depuis le { $date })
    }
due-review-passed = bilan du plan en retard (prévu le { $date })
due-actions-today =
    { $n ->
        [one] { $n } action à faire aujourd’hui
       *[other] { $n } actions à faire aujourd’hui
    }

## Les jours de la semaine.
weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche

## Le journal des exemples concrets : la fenêtre et les listes.
evidence-add-title = Ajouter un exemple concret
evidence-change-title = Modifier cet exemple concret
evidence-what-it-is = Un fait vécu au travail qui montre une compétence : ce que vous avez fait, et ce qui en est ressorti.
evidence-add = Ajouter au journal
evidence-save = Enregistrer les modifications
evidence-cancel = Annuler
evidence-remove = Retirer du journal
evidence-when = Quand
evidence-star = Rédiger en STAR
evidence-star-hint = Situation, tâche, action, résultat : quatre réponses courtes
evidence-skills = Compétences montrées
evidence-who-saw = Qui l’a vu :
evidence-their-name = Son nom (facultatif)
evidence-link = Lien (facultatif)
evidence-no-file = Aucun fichier
evidence-file = Fichier : { $name }
evidence-attach = Joindre un fichier…
evidence-attach-hint = Une copie est conservée avec le profil ; l’original peut être déplacé ou supprimé
evidence-star-situation-hint = Où étiez-vous, que se passait-il ?
evidence-star-task-hint = Que fallait-il faire, et quelle était votre part ?
evidence-star-action-hint = Qu’avez-vous fait ?
evidence-star-result-hint = Qu’est-ce que ça a donné ?
evidence-what-happened = Ce qui s’est passé
evidence-what-happened-hint = par ex. A rassuré un client inquiet pendant la panne et l’a tenu informé toutes les heures
evidence-seen-by = · vu par { $who }
evidence-line = { $date } · { $text }{ $who }
evidence-open-link = Lien
evidence-open-file = Fichier
evidence-change = Modifier
evidence-change-named = Modifier l’exemple concret « { $text } »
evidence-change-hint = Modifier ou retirer cette entrée
evidence-not-on-list = Compétences hors de cette liste
evidence-heading = Exemples concrets
evidence-add-hint = Ctrl+E, depuis n’importe quelle étape
evidence-none-yet = Rien dans le journal pour l’instant. Quand un fait vécu au travail montre qu’une compétence progresse, ajoutez-le ici (Ctrl+E) : c’est sur cela qu’une évaluation peut s’appuyer.
evidence-group = { $skill } ({ $n })

## Comparer. Les mots de la méthode (les mêmes sur chaque écran et dans le
## plan) : Acquis, À acquérir, Comparer, points forts, « sur la bonne voie »,
## « À aborder » (angles morts), vos points forts personnels, vos objectifs personnels.
compare-with = Comparer avec
compare-list = Liste recommandée
compare-strengths = Points forts : déjà acquis
compare-strengths-hint = Recommandées, et dans vos acquis. Barrés : continuez à les entretenir.
compare-deepen = { $skill }  — vous voulez aller plus loin
compare-right-track = Sur la bonne voie
compare-right-track-hint = Recommandées, et dans votre liste À acquérir : vous êtes sur la bonne voie.
compare-blind-spots = À aborder
compare-blind-spots-hint = Dans cette liste, mais pas encore reliées à vos acquis ni à ce que vous voulez acquérir. Ce n’est pas pour autant une faiblesse : c’est peut-être un point fort auquel vous n’avez pas pensé, ou quelque chose que votre poste ne vous a pas encore demandé. À évoquer avec votre coach.
compare-add-to-want = + À acquérir
compare-add-to-want-hint = Ajouter « { $skill } » aux qualités que vous voulez acquérir
compare-own-strengths = Vos points forts personnels
compare-own-strengths-hint = Des qualités que vous avez et qui ne sont pas dans cette liste. Elles comptent aussi.
compare-own-item = • { $text }
compare-own-deepen = • { $text } — et vous voulez aller plus loin
compare-own-goals = Vos objectifs personnels
compare-own-goals-hint = Ce que vous voulez acquérir et qui n’est pas dans cette liste.
compare-none-yet = Rien pour l’instant.

## Évaluer.
rate-heading = Évaluez où vous en êtes
rate-how = Choisissez le niveau qui décrit ce que vous faites vraiment aujourd’hui, pas ce que vous comptez faire. Chaque niveau s’appuie sur les précédents, et un 3 sur une compétence veut dire la même chose chaque fois que vous l’évaluez. Évaluez-vous à nouveau à chaque séance de coaching pour mesurer le chemin parcouru.
rate-not-the-title = Évaluez ce que vous faites, pas l’intitulé du poste. Un titre de chef ne fait pas un leader, et un technicien sans personne sous ses ordres peut déjà faire preuve de leadership.
rate-rated-by = Évalué par :
rate-myself = Moi-même
rate-the-coach = Le coach
rate-blind = Évaluation à l’aveugle
rate-blind-hint = Masquer les évaluations et les cibles précédentes pendant l’évaluation
rate-date = Date : { $date }
rate-note = Commentaire sur cette évaluation :
rate-save = Enregistrer l’évaluation
rate-count = Compétences évaluées : { $rated } sur { $total }
rate-saved-so-far =
    { $n ->
        [one] { $n } évaluation enregistrée jusqu’ici.
       *[other] { $n } évaluations enregistrées jusqu’ici.
    }
rate-see-progress = Voir le graphique et l’évolution des évaluations
rate-last-time = la dernière fois : { $level } ({ $date })
rate-level-named = { $skill } : { $level }
rate-level-described = { $skill } : { $level } – { $meaning }
rate-not-applicable = Sans objet
rate-no-evidence-since = Aucun exemple concret depuis la dernière évaluation.
rate-no-evidence = Aucun exemple concret pour l’instant.
rate-evidence-since = Exemples concrets depuis la dernière évaluation ({ $date }) : { $n }
rate-evidence = Exemples concrets : { $n }
rate-add-evidence-for = Ajouter un exemple concret pour « { $skill } »
rate-add-evidence-hint = Noter un fait qui montre la compétence « { $skill } »
rate-more-on-progress =
    { $n ->
        [one] et { $n } autre dans Progression
       *[other] et { $n } autres dans Progression
    }
rate-no-target = pas de cible
rate-target = cible { $level }
rate-target-for = Cible pour « { $skill } »

## Acquis et À acquérir.
have-heading = Les qualités que vous avez déjà
have-intro = Listez les qualités de leader que vous avez déjà, avec vos propres mots. Pensez aux moments où l’on a compté sur vous, suivi votre exemple ou demandé votre aide. Personne ne part de zéro.
have-add = Ajouter une qualité acquise :
have-add-hint = par ex. expliquer les pannes aux clients
want-heading = Les qualités que vous voulez développer
want-intro = Listez maintenant ce que vous aimeriez mieux faire, ou commencer à faire. Ne cherchez pas les mots justes : écrivez ce que vous voulez dire, et reliez-le à une compétence recommandée quand l’une d’elles correspond.
want-add = Ajouter une qualité à acquérir :
want-add-hint = par ex. faire des retours aux apprentis
list-add = Ajouter
list-looks-like-sure = Ressemble à « { $skill } » (sûr à { $percent } %).
list-add-and-link = Ajouter et relier à « { $skill } »
list-empty = Rien ici pour l’instant.
list-pick-from = Choisir dans « { $list } »
list-pick-hint = Cliquez sur une compétence pour l’ajouter à cette liste, déjà reliée.
list-note-hint = Un exemple concret ou une courte note : quand est-ce que ça s’est vu ?
list-note = Note
list-edit-quality = Modifier la qualité :
list-done = Terminé
list-double-click = Double-cliquez pour modifier
list-linked-to = reliée à « { $skill } »
list-unlink = Dissocier
list-unlink-hint = Dissocier « { $text } » de « { $skill } »
list-linked-elsewhere = reliée à « { $skill } » (autre liste)
list-looks-like = Ressemble à « { $skill } ».
list-link-to = Relier à « { $skill } »
list-remove = Retirer
list-remove-hint = Retirer « { $text } »
list-down = Descendre
list-down-hint = Descendre « { $text } »
list-up = Monter
list-up-hint = Monter « { $text } »
list-edit = Modifier
list-edit-hint = Modifier « { $text } »
list-add-note = Ajouter une note
list-note-on = Note sur « { $text } »
list-note-cut = { $start }… (texte complet sous « Note »)
list-questions = Des questions pour vous faire réfléchir

## L’étape du plan de développement.
plan-heading = Plan de développement
plan-intro = Choisissez quelques compétences à travailler d’ici le prochain bilan, et pour chacune, dites ce que vous allez faire, ce qui vous aidera, et comment vous verrez tous les deux que ça a marché. Imprimez-le, emportez-le, affichez-le.
plan-no-focus = Pas encore de compétence prioritaire : ajoutez-en une ci-dessus.
plan-print = Imprimer…
plan-print-hint = Créer le PDF et l’ouvrir, pour l’imprimer depuis la visionneuse
plan-export = Exporter…
plan-export-hint = Enregistrer le plan en PDF, Markdown ou HTML
plan-paper = Format :
plan-paper-a4 = A4
plan-paper-letter = Lettre US
plan-review-on = Bilan le :
plan-add-to-calendar = Ajouter au calendrier
plan-add-to-calendar-hint = La date du bilan dans votre calendrier, avec un rappel
plan-keep-it-short = Limitez-vous à { $max } compétences prioritaires au plus : en travailler davantage à la fois disperse l’effort, et aucun changement ne sera visible au prochain bilan.
plan-keep-it-short-over = Limitez-vous à { $max } compétences prioritaires au plus : en travailler davantage à la fois disperse l’effort, et aucun changement ne sera visible au prochain bilan. Ce plan en compte { $n }.
plan-start-with = Commencer par { $skills }
plan-start-with-hint = Les premières suggestions, chacune avec des actions tirées de ses stratégies, à modifier
plan-suggested = Compétences prioritaires suggérées
plan-suggested-hint = D’après les écarts d’évaluation, ce que vous voulez acquérir, et les angles morts dont vous avez parlé
plan-add-skill = + { $skill }
plan-add-skill-hint = Ajouter « { $skill } » au plan
plan-add-another = Ajouter une autre compétence…
plan-add-another-name = Ajouter une autre compétence
plan-focus-title = { $n }. { $skill }
plan-target-date = Date cible :
plan-move-up-hint = Monter « { $skill } »
plan-move-down-hint = Descendre « { $skill } »
plan-remove-hint = Retirer « { $skill } » du plan
plan-goal = Objectif :
plan-goal-hint = Ce qui aura changé, en une phrase
plan-measure = Indicateur de réussite :
plan-measure-hint = Comment votre coach et vous verrez que ça a marché
plan-status-of = État de « { $skill } »
plan-actions = Actions
plan-action-done = Faite : { $text }
plan-action = Action
plan-owner = Responsable
plan-remove-action-hint = Retirer l’action « { $text } »
plan-new-action = Nouvelle action pour « { $skill } » :
plan-ideas = Idées :
plan-idea = + { $text }
plan-idea-hint = Ajouter l’action « { $text } »
plan-resources = Ressources
plan-resource = • { $text }
plan-remove-resource-hint = Retirer la ressource « { $text } »
plan-resource-hint = Une personne, une formation, un livre, du temps
plan-new-resource = Nouvelle ressource pour « { $skill } » :
plan-add-resource = Ajouter une ressource

## Séances : le journal, le mode séance, le compte rendu.
sessions-heading = Séances de coaching
sessions-intro = Une séance est un échange de 30 à 60 minutes entre le technicien et le coach. Lodestar prépare l’ordre du jour à partir des actions en cours, des écarts d’évaluation et des angles morts, enregistre les notes au fil de la frappe, et rédige un compte rendu à envoyer ensuite.
sessions-open-actions =
    { $n ->
        [one] { $n } action en cours
       *[other] { $n } actions en cours
    }
sessions-open-actions-overdue =
    { $n ->
        [one] { $n } action en cours, { $overdue } en retard
       *[other] { $n } actions en cours, dont { $overdue } en retard
    }
sessions-none = Aucune séance pour l’instant.
sessions-show-earlier =
    { $n ->
        [one] Afficher la séance plus ancienne
       *[other] Afficher les { $n } séances plus anciennes
    }
sessions-continue = Reprendre la séance du { $date }
sessions-not-ended = Elle n’a pas été terminée ; ses notes sont conservées.
sessions-start = Commencer une séance de coaching
sessions-minutes = { $n } min
sessions-with = avec { $coach }
sessions-actions =
    { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
sessions-next-at = prochaine : { $date } à { $time }
sessions-next = prochaine : { $date }
sessions-in-progress = en cours
sessions-summary = Compte rendu
sessions-summary-hint = Ce qui a été abordé et convenu, prêt à envoyer
session-with = Séance de coaching avec { $name }
session-minutes-hint = Temps écoulé depuis le début de la séance
session-end = Terminer la séance
session-end-hint = Enregistrer la durée et afficher le compte rendu
session-back = Retour au profil
session-back-hint = La séance reste ouverte ; reprenez-la depuis Séances
session-rate = Évaluer les compétences
session-rate-hint = Évaluez à l’étape 4 ; l’évaluation est rattachée à cette séance, qui reste ouverte
summary-heading = Compte rendu de séance
summary-copy-text = Copier en texte
summary-copy-markdown = Copier en Markdown
summary-save-markdown = Enregistrer en Markdown…
summary-close = Fermer
summary-include-private = Inclure les notes privées du coach
summary-hint = Prêt à envoyer après l’entretien. Les notes privées n’y figurent que si la case est cochée.
notes-heading = Notes
notes-what-was-said = Ce qui s’est dit
notes-saved-as-you-type = Enregistré au fil de la frappe.
notes-reflections = Réflexions
notes-answer-hint = La réponse, avec les mots du technicien
notes-actions-agreed = Actions convenues aujourd’hui
notes-due = échéance le { $date }
notes-add-to-calendar = Ajouter au calendrier
notes-add-to-calendar-named = Ajouter « { $text } » au calendrier
notes-remove = Retirer
notes-remove-named = Retirer l’action « { $text } »
notes-new-action = Nouvelle action :
notes-new-action-hint = Ce qui sera fait, concrètement
notes-owner = Responsable :
notes-due-field = Échéance :
notes-add-action = Ajouter l’action
notes-or-ctrl-enter = ou Ctrl+Enter
notes-not-a-date = « { $text } » n’est pas une date : écrivez-la sous la forme année-mois-jour, par ex. { $today }.
notes-no-skill = Aucune compétence
notes-skill-of-action = Compétence de l’action
notes-next-session = Prochaine séance :
notes-in-weeks =
    { $n ->
        [one] dans { $n } semaine
       *[other] dans { $n } semaines
    }
notes-at = à
notes-time-hint = HH:MM
notes-time-wrong = format heures:minutes attendu
notes-for-minutes =
    { $n ->
        [one] pendant { $n } minute
       *[other] pendant { $n } minutes
    }
notes-length = Durée de la prochaine séance
notes-next-to-calendar-hint = L’ouvre dans votre calendrier, avec un rappel la veille
notes-private = Notes privées du coach
notes-private-hint = Exclues du compte rendu et du plan imprimé, sauf si vous choisissez de les inclure.
notes-private-field = Notes privées :
agenda-heading = Ordre du jour
agenda-open-actions = Actions en cours des séances précédentes
agenda-none-open = Aucune en cours.
agenda-tick-done = Cochez quand c’est fait
agenda-overdue = en retard
agenda-done = Faites ({ $n })
agenda-gaps = Les plus grands écarts avec la cible
agenda-gap = { $skill } : { $now } aujourd’hui, cible { $target }
agenda-now = Aujourd’hui : { $level }
agenda-aiming-for = Niveau visé : { $level }
agenda-seen-differently = Vu différemment par vous et votre coach
agenda-self-coach = { $skill } : auto-évaluation { $own }, coach { $coach }
agenda-unbacked = Niveau relevé, sans exemple concret pour l’instant
agenda-unbacked-line = { $skill } : de { $from } à { $to } ({ $rater }, depuis le { $since }). Que s’est-il passé qui le montre ?
agenda-blind-spots = Angles morts pas encore abordés
agenda-blind-spots-hint = Cochez ceux dont vous avez parlé aujourd’hui.
agenda-questions = Questions de réflexion
agenda-questions-hint = Posez-en une pour l’ajouter aux notes avec sa réponse.
agenda-ask = Poser
agenda-asked = Posée
agenda-ask-named = Poser : { $prompt }
agenda-about = À propos de « { $skill } »
agenda-lead-without-reports = Un technicien peut faire preuve de leadership bien avant d’avoir quelqu’un sous ses ordres : en formant un collègue, en corrigeant un processus qui ralentit l’équipe, ou en prenant la défense d’un client ou d’un pair. Posez des questions là-dessus, pas seulement sur le travail au quotidien.

## Progression : le radar, ses calques et la chronologie.
progress-heading = Le chemin parcouru
progress-intro = Les anneaux sont les niveaux : 1 ({ $lowest }) au centre, { $top } ({ $top_name }) au bord. La forme pleine est la dernière évaluation ; la ligne verte en pointillés, le niveau visé. Activez des calques pour comparer avec des séances précédentes ou avec le regard de votre coach.
progress-nothing-rated = Rien n’a encore été évalué : il n’y a donc pas de graphique à afficher.
progress-rate-now = Évaluer les compétences maintenant
progress-too-few = Un radar a besoin d’au moins 3 compétences applicables ; il en reste { $n } une fois retirées celles marquées « sans objet ». Le tableau ci-dessous liste quand même toutes les évaluations.
progress-some-shown = Le graphique montre { $shown } des { $all } compétences de la liste ; le tableau les liste toutes.
progress-described = Radar de { $n } compétences ; le tableau ci-dessous reprend les mêmes évaluations
progress-whose-lead = Évaluations au premier plan
progress-mine = Les miennes
progress-coachs = Celles du coach
progress-show = Afficher sur le graphique
progress-coachs-latest = La dernière du coach
progress-my-latest = Ma dernière
progress-on-date = { $what } ({ $date })
progress-latest = Dernière évaluation
progress-targets = Niveaux cibles
progress-first = Première évaluation
progress-previous = Évaluation précédente
progress-colleagues-waiting = Collègues (dès 3 réponses)
progress-timeline = Chronologie
progress-timeline-hint = Cochez une évaluation précédente pour l’ajouter au graphique.
progress-export = Exporter le graphique…
progress-export-hint = Enregistrer le graphique tel qu’affiché, en image SVG ou PNG
progress-role-latest = dernière
progress-role-first = première
progress-role-previous = précédente
progress-role-other = autre regard
progress-self-rating = auto-évaluation
progress-coach-rating = évaluation du coach
progress-assessment =
    { $n ->
        [one] { $date }  { $who }, { $n } compétence évaluée
       *[other] { $date }  { $who }, { $n } compétences évaluées
    }
progress-assessment-role = { $text }  ({ $role })

## À propos de la personne (étape Acquis).
details-heading = À propos de cette personne
details-name = Nom :
details-name-hint = Nom du technicien
details-role = Poste :
details-role-hint = par ex. Technicien d’intervention terrain
details-team = Équipe :
details-team-hint = par ex. Service régional, secteur Nord
details-coach = Coach :
details-coach-hint = La personne qui l’accompagne en coaching
details-workplace = Lieu de travail :
details-not-set = Non renseigné
details-workplace-hint = Les exemples de ce lieu de travail s’affichent en premier.

## Modifié sur les deux ordinateurs.
conflicts-heading = Modifié sur les deux ordinateurs
conflicts-intro = Ces éléments ont été modifiés ici et sur l’autre ordinateur avant que les deux versions aient pu se rejoindre. Choisissez quoi garder pour chacun ; d’ici là, le profil conserve la version de cet ordinateur. Ce qui n’est pas gardé reste dans les sauvegardes.
conflicts-later = Décider plus tard
conflicts-later-hint = Garde pour l’instant les versions de cet ordinateur ; le choix vous attend en bas de la fenêtre
conflicts-this = Cet ordinateur
conflicts-other = L’autre ordinateur
conflicts-keep-mine = Garder celle d’ici
conflicts-take-theirs = Prendre l’autre
conflicts-keep-both = Garder les deux
conflicts-keep-both-hint = Les deux textes, celui de cet ordinateur en premier

## Un fichier de profil déjà présent ici.
receive-heading = « { $name } » est déjà là
receive-intro = Ce fichier est une copie d’un profil que vous avez déjà, envoyée depuis un autre ordinateur. La mise à jour apporte ce qui a changé là-bas : ce qui a été ajouté, ce qui a été modifié, et ce qui y a été supprimé alors que vous n’y aviez pas touché. Là où les deux ordinateurs ont modifié la même chose, vous choisissez quoi garder. La version remplacée part dans les sauvegardes.
receive-brings = Ce qu’il apporte : { $what }.
receive-both-changed = Modifié sur les deux ordinateurs : { $fields }. Vous choisirez quoi garder après la mise à jour.
receive-update = Mettre à jour le profil de { $name }
receive-separate = Importer comme profil distinct
receive-cancel = Annuler

## Un poste vers lequel évoluer.
ladder-growing-into = Poste visé :
ladder-choose = choisir un poste
ladder-no-role = aucun poste (garder les cibles)
ladder-hint = Fixe la cible de chaque compétence au niveau attendu pour ce poste
ladder-name = Cibles d’après un poste

## Calendrier : ce qui a été fait.
calendar-no-date = Pas encore de date à ajouter : fixez d’abord la date.
calendar-no-folder = Impossible de créer le dossier { $path } : { $reason }
calendar-not-written = Impossible d’écrire le fichier de calendrier : { $reason }
calendar-event = « { $title } » du { $date }
calendar-saved = { $what } : enregistré sous { $path }.
calendar-saved-not-opened = { $what } : enregistré sous { $path }, mais aucun logiciel de calendrier ne l’a ouvert ({ $reason }). Importez ce fichier dans votre calendrier.
calendar-sent = { $what } : envoyé à votre calendrier, avec un rappel la veille. L’ajouter à nouveau le met à jour.
calendar-team-none = Aucun technicien n’a encore de prochaine séance au calendrier : fixez-en une à la fin d’une séance.
calendar-nothing-saved = Rien n’a été enregistré : { $reason }
calendar-team-saved =
    { $n ->
        [one] { $n } séance à venir enregistrée sous { $path } : importez ce fichier dans votre calendrier (et à nouveau plus tard pour la mettre à jour).
       *[other] { $n } séances à venir enregistrées sous { $path } : importez ce fichier dans votre calendrier (et à nouveau plus tard pour les mettre à jour).
    }

## Mode séance : ce qui a été fait.
session-no-list = Aucune liste recommandée n’est disponible pour préparer un ordre du jour.
session-action-pending = L’action « { $text } » est saisie mais pas encore ajoutée : ajoutez-la (Ctrl+Enter) ou videz le champ avant de quitter ou de terminer la séance.
session-ended = Séance terminée au bout de { $n } min. Voici son compte rendu.

## Exemples concrets : ce qui a été fait.
evidence-summary-markdown = Compte rendu copié en Markdown
evidence-summary-text = Compte rendu copié en texte
evidence-read-only = Ce profil est en lecture seule : impossible d’y ajouter un exemple concret.
evidence-attach-title = Joindre un fichier
evidence-removed = Exemple concret retiré du journal (Ctrl+Z le rétablit).
evidence-cannot-open = Impossible d’ouvrir { $what } : { $reason }
evidence-file-missing = Le fichier joint à cette entrée n’est pas sur cet ordinateur (il n’a peut-être pas suivi un profil envoyé). Redemandez-le et joignez-le à nouveau.
evidence-added = Exemple concret ajouté au journal.
evidence-changed = Exemple concret modifié.

## Profils : ce qui a été fait.
profiles-created = Profil « { $name } » créé. Commencez par les qualités que vous avez déjà.
profiles-sample-opened = Nouvelle copie du profil exemple ouverte
profiles-restored = Profil « { $name } » restauré.
profiles-imported = Profil « { $name } » importé
profiles-nothing-imported = Rien n’a été importé.
profiles-updated = Profil « { $name } » mis à jour : { $what }.
profiles-both-changed = Modifié sur les deux ordinateurs : { $fields } ; choisissez quoi garder.
profiles-renamed = Profil renommé
profiles-copy-name = { $name } (copie)
profiles-copied = Copie créée : « { $name } »
profiles-trashed = « { $name } » a été mis à la corbeille.

## Le profil ouvert : enregistrement, sortie, annulation.
app-list-not-loaded = Impossible de charger une liste recommandée : { $problem }
app-saved = Enregistré
app-settle-first = Choisissez quelle version garder (en bas) avant de quitter ce profil.
app-not-saved-yet = Vos modifications ne sont pas encore enregistrées : { $reason }
app-opened-read-only = « { $name } » ouvert en lecture seule : { $reason }.
app-opened = « { $name } » ouvert
app-unsaved = Modifications non enregistrées…
app-undone = Annulé
app-redone = Rétabli
app-no-list = Aucune liste recommandée n’a pu être chargée : il n’y a rien à comparer.
app-list-missing = La liste « { $missing } » que suit ce profil n’est pas disponible ici ; « { $shown } » est affichée à la place. Les liens vers la liste manquante sont conservés.
app-settled-already = Ce conflit a déjà été tranché.
app-note-full = Cette note est pleine ({ $n } caractères) : ce qui a été tapé ou collé au-delà n’a pas été gardé.

## La carte de chaleur des compétences, dans la vue coach.
heat-none = Aucun technicien à afficher.
heat-all-lists = Toutes les listes
heat-list-count = { $list } ({ $n })
heat-list = Liste
heat-legend = Chaque case montre le dernier niveau : vert si la personne atteint ou dépasse sa cible, orange à un niveau en dessous, rouge à deux niveaux ou plus en dessous, gris quand aucune cible n’est fixée.
heat-group =
    { $n ->
        [one] { $list } : { $n } technicien
       *[other] { $list } : { $n } techniciens
    }
heat-described =
    { $n ->
        [one] Carte de chaleur de { $n } technicien et { $skills } compétences de « { $list } »
       *[other] Carte de chaleur de { $n } techniciens et { $skills } compétences de « { $list } »
    }
heat-team-average = Moyenne de l’équipe
heat-cell = { $name } : { $skill }
heat-not-rated = non évalué
heat-target = , cible { $level }
heat-click-to-open = Cliquez pour ouvrir le profil.
heat-no-ratings = aucune évaluation
heat-average = moyenne { $mean }
heat-skill-average = { $skill } : { $average }
heat-thinnest = Points les plus faibles de l’équipe : { $skills }.
heat-more =
    { $n ->
        [one] { $names } et { $n } autre
       *[other] { $names } et { $n } autres
    }
heat-teach-line = { $skill } : { $names }
heat-no-top = Personne n’a encore atteint les niveaux les plus hauts d’une compétence.
heat-could-teach = Pourraient former les autres
heat-teach-item = • { $line }
heat-average-target = Cible moyenne
heat-team-average-title = La moyenne de l’équipe
heat-radar-described = Le radar moyen de l’équipe sur « { $list } »
heat-radar-legend = Plein : le niveau moyen de l’équipe. Pointillés : la cible moyenne.

## Enregistrer et exporter des fichiers : les fenêtres, et ce qui est dit ensuite.
filter-xlsx = Classeur Excel (.xlsx)
filter-csv = CSV (un fichier par tableau)
filter-html = Page web (HTML)
filter-svg = Image SVG (nette à toutes les tailles)
filter-png = Image PNG
filter-profile = Profil Lodestar
filter-import = Profil ou réponses Lodestar
filter-send = Profil Lodestar à envoyer
sheet-profile-saved = Évaluations, actions et plan enregistrés dans { $files }
sheet-profile-not-saved = Les évaluations, les actions et le plan n’ont pas été enregistrés : { $reason }
sheet-team-saved = Tableau de l’équipe enregistré dans { $files }
sheet-team-not-saved = Le tableau de l’équipe n’a pas été enregistré : { $reason }
sheet-list-saved = Liste enregistrée dans { $files }
sheet-list-not-saved = La liste n’a pas été enregistrée : { $reason }
# La fin d’un nom de fichier proposé, après le nom de la personne.
dialog-plan-file-end = { " " }plan.pdf
dialog-plan-title = Exporter le plan de développement
dialog-chart-title = Exporter le graphique
dialog-chart-file-end = { " " }radar.svg
dialog-summary-title = Enregistrer le compte rendu de séance
dialog-summary-file-end = { " " }séance { $date }.md
dialog-profile-title = Exporter ce profil
dialog-import-title = Importer un profil, ou les réponses d’un collègue
dialog-send-technician-title = Envoyer au technicien
dialog-send-technician-file-end = { " " }pour le technicien.lodestar
dialog-send-coach-title = Envoyer au coach
dialog-send-coach-file-end = { " " }pour le coach.lodestar
send-saved-technician = « { $file } » enregistré pour le technicien, sans vos notes privées : joignez-le à un e-mail ou à un message.
send-saved-coach = « { $file } » enregistré pour le coach : joignez-le à un e-mail ou à un message.
send-files-left-out = Ces fichiers joints aux exemples concrets étaient trop volumineux pour suivre ; envoyez-les à part : { $files }.
plan-saved = Plan enregistré dans { $path }
plan-saved-warning = Plan enregistré dans { $path }. { $warning }
plan-not-saved = Le plan n’a pas été enregistré : { $reason }
print-file-end = { " " }plan { $date }.pdf
print-no-folder = Impossible de créer { $folder } : { $reason }
print-opened = Plan ouvert ({ $path }) : imprimez-le depuis la visionneuse.
print-no-viewer = Le plan est enregistré sous { $path }, mais aucune visionneuse PDF n’a pu s’ouvrir ({ $reason }). Ouvrez-le depuis cet emplacement pour l’imprimer.
print-not-made = Le plan n’a pas pu être créé : { $reason }
chart-saved = Graphique enregistré dans { $path }
chart-not-saved = Le graphique n’a pas été enregistré : { $reason }
growth-saved = Graphique d’évolution enregistré dans { $path }
growth-not-saved = Le graphique d’évolution n’a pas été enregistré : { $reason }
summary-saved = Compte rendu enregistré dans { $path }
summary-not-saved = Le compte rendu n’a pas été enregistré : { $reason }
profile-exported = Exporté dans { $path }
folder-not-opened = Aucun gestionnaire de fichiers n’a pu s’ouvrir ({ $reason }). Vos données sont dans { $folder }.
dialog-team-title = Exporter l’équipe
dialog-team-file-end = { " " }équipe.xlsx
dialog-list-title = Exporter la liste
dialog-sheet-title = Exporter pour un tableur
dialog-sheet-file-end = { " " }évaluations.xlsx
dialog-form-title = Enregistrer le formulaire de retours
dialog-form-file-end = { " " }formulaire de retours.html
filter-web-page = Page web
dialog-team-calendar-title = Enregistrer les séances à venir dans un fichier de calendrier
dialog-team-calendar-name = Séances de coaching
filter-calendar = Calendrier

## Quand la fenêtre ne peut pas s’ouvrir (une boîte de message, et le terminal).
renderer-wgpu = Direct3D, Vulkan ou Metal
renderer-default = le moteur de rendu par défaut
renderer-fallback = Lodestar : { $what } n’a pas pu démarrer ({ $reason }) ; ouverture avec { $next }.
no-window-intro = Lodestar n’a pas pu ouvrir sa fenêtre : l’affichage graphique de cet ordinateur n’a pas pu démarrer.
no-window-advice = Mettez à jour le pilote graphique ; dans une machine virtuelle ou un bureau à distance, activez l’accélération 3D. Vos profils sont en sécurité dans { $folder }, et la ligne de commande fonctionne sans fenêtre (lodestar profiles, lodestar plan …).
no-window-title = Lodestar ne peut pas ouvrir sa fenêtre

## Deux ordinateurs, par un dossier synchronisé.
dialog-profiles-folder-title = Conserver les profils dans ce dossier
disk-kept-mine = Votre version est enregistrée ; l’autre est conservée dans les sauvegardes.
disk-took-theirs = Version du disque chargée.
folder-not-watched = Impossible de surveiller le dossier des profils ({ $reason }) : les modifications venues d’un autre ordinateur seront fusionnées lors du prochain enregistrement sur celui-ci, pas immédiatement.
disk-merged = Un autre ordinateur a modifié ce profil : modifications fusionnées et enregistrées ({ $what }).
disk-too-new = { $reason } Ce profil est désormais en lecture seule ici ; les modifications pas encore enregistrées sont conservées dans { $folder }.
copy-not-merged = La copie { $file } n’a pas pu être fusionnée : { $reason }
copy-read-only = Une copie de ce profil ({ $file }) attend d’être fusionnée, mais le profil est en lecture seule ici : { $reason }.
copy-not-saved = Une copie de ce profil faite par { $who } a été fusionnée, mais n’a pas encore pu être enregistrée ; elle reste où elle est.
copy-not-moved = La copie { $file } a été fusionnée mais n’a pas pu être mise de côté : { $reason }
copy-merged = Une copie de ce profil, faite par { $who } quand deux ordinateurs l’ont modifié, a été fusionnée ({ $what }). La copie est dans les sauvegardes.
folder-moved = Vos profils sont désormais conservés dans { $folder }.
folder-moved-merged = { $n ->
    [one] L’un d’eux s’y trouvait déjà avec d’autres modifications : il a été fusionné.
   *[other] { $n } d’entre eux s’y trouvaient déjà avec d’autres modifications : ils ont été fusionnés.
}
folder-moved-copies-stay = Les copies du dossier synchronisé y restent pour vos autres ordinateurs.
conflicts-not-kept = Les choix qui restent à faire n’ont pas pu être conservés pour plus tard ({ $reason }) ; tranchez-les avant de fermer.
conflicts-all-settled = Tranché : les modifications des deux ordinateurs sont dans le profil.

## Listes recommandées : le menu, l’import depuis un tableur, l’enregistrement.
cancel = Annuler
lists-menu = Listes recommandées
lists-import = Importer une liste…
lists-import-hint = Le référentiel de votre organisation, depuis un tableur (.xlsx, .ods) ou un fichier CSV
lists-new = Nouvelle liste…
lists-edit = Modifier cette liste…
lists-edit-hint = Ses compétences, niveaux, stratégies et questions (une liste intégrée se modifie en copie)
lists-export = Exporter cette liste…
lists-export-hint = En tableur, qu’un autre coach pourra importer
list-builtin-copy = Une liste intégrée se modifie en copie : enregistrez-la comme votre propre liste.
list-nothing-changed = Rien n’a été modifié dans les listes.
list-saved = Liste « { $title } » enregistrée ({ $n ->
    [one] { $n } compétence
   *[other] { $n } compétences
}).
list-removed = Liste « { $title } » supprimée ; le fichier est conservé dans { $folder }. Les profils qui la suivaient utilisent la liste par défaut jusqu’à son retour.
list-import-title = Importer une liste recommandée
filter-sheet = Tableur ou CSV
list-import-cancelled = Import annulé ; aucune liste n’a été ajoutée.
list-imported = Liste « { $title } » importée : { $n ->
    [one] { $n } compétence
   *[other] { $n } compétences
}, sur l’échelle { $levels }.
list-imported-followed = Ce profil la suit désormais.
list-import-no-sheets = Le fichier ne contient aucune feuille avec du texte.
list-import-from = Depuis { $file }. Indiquez ce que contient chaque colonne ; les premières lignes du fichier sont affichées ci-dessous.
list-import-field-title = Titre
list-import-sheet = Feuille
list-import-headings = La première ligne contient des en-têtes
list-import-ready = Prêt : { $n ->
    [one] { $n } compétence
   *[other] { $n } compétences
}, sur l’échelle { $levels } ({ $count } niveaux).
list-import-use-for = L’utiliser pour { $name }
list-import-button = Importer
list-import-column = Colonne { $letter }
list-import-more-rows =
    { $n ->
        [one] … et { $n } ligne de plus
       *[other] … et { $n } lignes de plus
    }
list-import-no-levels = Aucune colonne n’est un niveau : la liste sera évaluée sur les cinq niveaux standard. Choisissez « Niveau 1 », « Niveau 2 »… pour les colonnes qui décrivent les niveaux.
list-import-level-names = Les noms des niveaux, du plus bas au plus haut :
list-import-level-name = Nom du niveau { $n }
list-editor-new-title = Ma liste recommandée
list-editor-name-first = Tapez d’abord le nom de la nouvelle compétence.
list-editor-name-long = Le nom d’une compétence tient en { $max } caractères au plus.
list-editor-name-taken = « { $name } » est déjà dans la liste.
list-editor-no-title = Donnez un titre à la liste.
list-editor-no-skills = Ajoutez au moins une compétence.
list-editor-some-levels = « { $name } » décrit { $described } des { $levels } niveaux : décrivez tous les niveaux, ou aucun.
list-editor-invalid = La liste ne peut pas être enregistrée : { $reason }.
list-editor-copy-of = Copie de « { $title } »
list-editor-heading-new = Nouvelle liste recommandée
list-editor-heading-edit = Modifier une liste recommandée
list-editor-duplicate = Dupliquer
list-editor-duplicate-hint = Continuer avec une copie de cette liste, comme nouvelle liste
list-editor-save = Enregistrer la liste
list-editor-export = Exporter…
list-editor-export-hint = En tableur, qu’un autre coach pourra importer (.xlsx ou CSV)
list-editor-remove = Supprimer cette liste
list-editor-levels = Niveaux :
list-editor-skills = Compétences ({ $n })
list-editor-up = Monter
list-editor-up-hint = Monter « { $name } »
list-editor-down = Descendre
list-editor-down-hint = Descendre « { $name } »
list-editor-remove-skill = Retirer
list-editor-remove-skill-hint = Retirer « { $name } »
list-editor-new-skill = Nom de la nouvelle compétence
list-editor-add-skill = Ajouter la compétence
list-editor-none-selected = Ajoutez une compétence pour la décrire ici.
list-editor-name = Nom
list-editor-description = Description
list-editor-level = Niveau { $n } – { $name }
list-editor-keywords = Mots-clés (séparés par ;)
list-editor-strategies = Stratégies (une par ligne)
list-editor-questions = Questions du coach (une par ligne)
list-editor-id = Identifiant : { $id } (les évaluations suivent l’identifiant, un nouveau nom les conserve donc)

## Les mots du domaine : qui a évalué, l’état d’une action, qui l’a vu, les lieux de travail.
rater-self = Auto-évaluation
rater-coach = Coach
rater-in-sentence = { $rater ->
    [self] auto-évaluation
   *[coach] coach
}
status-not-started = À démarrer
status-in-progress = En cours
status-achieved = Atteint
status-paused = En pause
witness-myself = Moi-même
witness-coach = Le coach
witness-colleague = Un collègue
witness-customer = Un client
witness-in-sentence = { $witness ->
    [self] moi-même
    [coach] le coach
    [colleague] un collègue
   *[customer] un client
}
workplace-it = Support informatique
workplace-field-service = Intervention terrain
workplace-lab = Laboratoire
workplace-healthcare = Hôpital et santé
workplace-manufacturing = Atelier de production
workplace-utilities = Eau et énergie
workplace-other = Autre

## L’échelle commune des listes intégrées : le nom de chaque niveau, et ce qu’il
## veut dire pour n’importe quelle compétence (à la première personne).
level-1-name = Premiers pas
level-1-meaning = Je le fais encore rarement, ou seulement quand on me le demande.
level-2-name = En émergence
level-2-meaning = Je le fais de temps en temps, avec effort, et les résultats varient.
level-3-name = En développement
level-3-meaning = Je le fais régulièrement dans des situations connues, et ça marche la plupart du temps.
level-4-name = Maîtrisé
level-4-meaning = Je le fais de façon fiable, y compris sous pression et dans des situations nouvelles.
level-5-name = Fait progresser les autres
level-5-meaning = Je le fais naturellement et j’aide les autres membres de l’équipe à progresser.
level-named = { $n } ({ $name })
level-described = { $n } ({ $name }) : { $meaning }
star-situation = Situation
star-task = Tâche
star-action = Action
star-result = Résultat
star-line = { $heading } : { $text }
answer-unsigned = Un collègue (anonyme)

## Ce qu’ont apporté les modifications d’un autre ordinateur (reliées par des virgules).
merge-have-added = { $n ->
    [one] { $n } nouvel acquis
   *[other] { $n } nouveaux acquis
}
merge-want-added = { $n ->
    [one] { $n } nouvelle qualité à acquérir
   *[other] { $n } nouvelles qualités à acquérir
}
merge-self-ratings = { $n ->
    [one] { $n } auto-évaluation
   *[other] { $n } auto-évaluations
}
merge-coach-ratings = { $n ->
    [one] { $n } évaluation du coach
   *[other] { $n } évaluations du coach
}
merge-sessions-added = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
merge-evidence-added = { $n ->
    [one] { $n } nouvel exemple concret
   *[other] { $n } nouveaux exemples concrets
}
merge-actions-added = { $n ->
    [one] { $n } nouvelle action
   *[other] { $n } nouvelles actions
}
merge-actions-done = { $n ->
    [one] { $n } action faite
   *[other] { $n } actions faites
}
merge-removed = { $n ->
    [one] { $n } élément supprimé là-bas
   *[other] { $n } éléments supprimés là-bas
}
merge-conflicts = { $n ->
    [one] { $n } conflit
   *[other] { $n } conflits
}
merge-new-name = nouveau nom
merge-new-role = nouveau poste
merge-new-team = nouvelle équipe
merge-new-coach = nouveau coach
merge-new-workplace = nouveau lieu de travail
merge-new-list = une autre liste recommandée
merge-targets-changed = cibles modifiées
merge-new-role-aimed-for = un autre poste visé
merge-plan-changed = plan modifié
merge-sessions-edited = séances modifiées
merge-other-changes = autres modifications
merge-nothing-new = rien de nouveau

## Un champ modifié sur les deux ordinateurs, selon sa clé dans le fichier de profil.
conflict-field = { $field ->
    [name] Nom
    [role] Poste
    [team] Équipe
    [coach] Coach
    [workplace] Lieu de travail
    [catalog] Liste recommandée
    [aiming_for] Poste visé
    [text] Texte
    [note] Note
    [skill] Compétence
    [skills] Compétences
    [date] Date
    [duration_minutes] Durée
    [agenda] Ordre du jour
    [notes] Notes
    [private_notes] Notes privées
    [prompts] Questions
    [assessment] Évaluations
    [actions] Actions
    [next_date] Date de la séance suivante
    [next_time] Heure de la séance suivante
    [next_minutes] Durée de la séance suivante
    [discussed] Abordé
    [seen_by] Vu par
    [who] Qui
    [link] Lien
    [file] Fichier
    [goal] Objectif
    [resources] Ressources
    [measure] Indicateur de réussite
    [target_date] Date cible
    [status] État
    [owner] Responsable
    [due] Échéance
    [focus] Compétences prioritaires
    [review_date] Date du bilan
   *[other] { $field }
}
conflict-target = Cible pour « { $skill } »
conflict-item = { $field } de « { $text } »
conflict-session = { $field } de la séance du { $date }
conflict-evidence = { $field } de l’exemple concret « { $what } »
conflict-plan = Plan : { $field }

## Le nom d’un texte saisi, dans les phrases ci-dessous : Le champ « { $what } » est vide.
field-name = nom
field-role = poste
field-team = équipe
field-coach = coach
field-coach-s-name = nom du coach
field-role-aimed-for = poste visé
field-text-of-a-have-or-want-item = texte d’une qualité Acquis ou À acquérir
field-coach-of-a-session = coach d’une séance
field-line-of-a-session-s-agenda = ligne de l’ordre du jour d’une séance
field-question-asked-in-a-session = question posée pendant une séance
field-text-of-an-action = texte d’une action
field-owner-of-an-action = responsable d’une action
field-goal-of-a-focus-skill = objectif d’une compétence prioritaire
field-measure-of-a-focus-skill = indicateur de réussite d’une compétence prioritaire
field-text-of-a-resource = texte d’une ressource
field-note-of-an-item = note d’une qualité
field-note-of-an-assessment = commentaire d’une évaluation
field-note-of-a-session = notes d’une séance
field-private-note-of-a-session = notes privées d’une séance
field-answer-to-a-question = réponse à une question
field-signed-name-of-an-answer = signature d’une réponse
field-name-of-who-saw-a-piece-of-evidence = nom de la personne qui a vu un exemple concret
field-link-of-a-piece-of-evidence = lien d’un exemple concret
field-quality = qualité
field-note = note
field-description-of-what-happened = description de ce qui s’est passé
field-name-of-who-saw-it = nom de la personne qui l’a vu
field-link = lien
field-signed-name = signature
field-example = exemple
field-colleague-example = exemple d’un collègue
field-evidence = exemple concret

## Texte saisi refusé, ou coupé pour tenir (un fichier venu d’ailleurs).
text-empty = Le champ « { $what } » est vide. Tapez au moins une lettre.
text-too-long = Le champ « { $what } » est trop long : { $len } caractères, pour { $max } au maximum.
text-cut = Le champ « { $what } » faisait { $len } caractères ; les { $max } premiers ont été gardés.
profile-unnamed = Sans nom
profile-had-no-name = Le profil n’avait pas de nom ; il s’appelle désormais « { $name } ».
profile-empty-items = { $n ->
    [one] Une qualité Acquis ou À acquérir vide a été écartée.
   *[other] { $n } qualités Acquis ou À acquérir vides ont été écartées.
}
answer-level-left-out = Le niveau donné par un collègue, au-delà de l’échelle de la liste, a été écarté.
evidence-link-left-out = Un lien qui n’est pas une adresse web a été écarté : « { $link } ».
evidence-empty-left-out = { $n ->
    [one] Un exemple concret vide a été écarté.
   *[other] { $n } exemples concrets vides ont été écartés.
}
evidence-no-skill = Indiquez quelle compétence cela montre : choisissez-en au moins une.
evidence-link-not-web = Le lien « { $link } » n’est pas une adresse web. Commencez-le par https:// (ou http://, mailto:), ou joignez plutôt le fichier.

## Réponses des collègues importées.
answers-unsigned = Les réponses d’un collègue anonyme
answers-signed = Les réponses de { $name }
answers-added = { $who } ont été ajoutées aux retours pour { $profile }
answers-replaced = { $who } remplacent celles enregistrées auparavant depuis le même formulaire, dans les retours pour { $profile }
answers-already = { $who } avaient déjà été importées ; rien n’a changé dans les retours pour { $profile }.
answers-count-shows = { $what } : { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}, le regard des collègues s’affiche donc dans Progression (radar, tableau et graphique d’évolution).
answers-count-none-rated = { $what } : { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}, mais aucune compétence n’a encore été évaluée par { $min } d’entre eux : il n’y a donc rien à afficher.
answers-count-so-far = { $what } : { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
} pour l’instant. Le regard des collègues s’affiche dès que { $min } personnes ont répondu, pour qu’aucune réponse ne puisse être identifiée.

## Entrées de calendrier (.ics) : séances, actions à échéance et bilan du plan.
cal-session-title = Séance de coaching : { $name }
cal-session-title-with = Séance de coaching : { $name } avec { $coach }
cal-session-description = Convenue lors de la séance du { $date }. Ouvrez Lodestar pour voir l’ordre du jour.
cal-due-title = Échéance : { $action } ({ $name })
cal-due-description = Une action convenue en coaching.
cal-due-description-owner = Une action convenue en coaching ; responsable : { $owner }.
cal-review-title = Bilan du plan de développement : { $name }
cal-review-description = Le moment de revoir le plan : ce qui a marché, ce qu’il faut changer, la suite.

## Les lignes de l’ordre du jour d’une séance (gardées avec la séance) et son compte rendu.
agenda-line-review-actions = { $n ->
    [one] Faire le point sur { $n } action en cours
   *[other] Faire le point sur { $n } actions en cours
}
agenda-line-gap = { $skill } : de { $from } vers { $to }
agenda-line-calibration = { $skill } : l’auto-évaluation ({ $self_level }) et le coach ({ $coach_level }) diffèrent
agenda-line-blind-spot = { $skill } : dans aucune des deux listes pour l’instant
agenda-line-unbacked = { $skill } : niveau relevé de { $from } à { $to } ; qu’est-ce qui le montre ?
summary-title = Séance de coaching : { $name }, { $date }
summary-coach = Coach : { $coach }
summary-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
summary-talked-about = Ce dont nous avons parlé
summary-discussed-skill = { $skill } (une compétence qui n’est encore dans aucune des deux listes)
summary-notes = Notes
summary-reflections = Réflexions
summary-rating-changes = Évolution des évaluations
summary-actions = Actions convenues
summary-next = Prochaine séance
summary-private = Notes privées du coach
# $who vaut `self` ou `coach`.
summary-change = { $skill } ({ $who ->
    [self] auto-évaluation
   *[coach] coach
}) : de { $from } à { $to }
summary-first-rating = { $skill } ({ $who ->
    [self] auto-évaluation
   *[coach] coach
}) : { $level }
summary-owner = responsable : { $owner }
summary-due = échéance le { $date }
action-open = en cours
action-done = faite
action-dropped = abandonnée

## Rapprocher un texte saisi des compétences d’une liste. Les mots qui ne disent rien d’une
## compétence, séparés par des espaces, en minuscules (« le », « mon », « bon ») ; ne pas y
## mettre les négations (« ne », « pas », « plus », « jamais », « sans »).
matching-stop-words = le la les un une des du de au aux et ou à a en dans sur pour par avec je me moi mon ma mes nous notre nos vous ce cet cette ces ça ca cela il elle on se son sa ses qui que quoi y être etre suis est sont été ai avons ont avoir eu fais fait faire peux peut pouvoir veux veut voudrais vouloir aime aimerais devenir sais sait savoir arriver arrive apprendre améliorer bon bonne bons bonnes bien très tres vraiment beaucoup davantage encore mieux meilleur meilleure fort forte compétence compétences capacité capacités capable comment autre autres quelques comme
# Les articles et mots élidés devant une apostrophe (« l » dans « l’équipe », « s » dans
# « s’adapter »), séparés par des espaces.
matching-elisions = l d j m t s n c qu jusqu lorsqu puisqu quoiqu

## Comparer en une ligne, et où en est la personne par rapport à un poste de l’échelle de la liste.
compare-summary = Sur les { $total } compétences recommandées : { $strong } { $strong ->
    [one] point fort
   *[other] points forts
}, { $want } que vous voulez développer, { $blind } à aborder.
ladder-met = { $role } : niveau attendu atteint ou dépassé pour { $met } { $met ->
    [one] compétence
   *[other] compétences
} sur { $expected }
# Chacun prolonge ladder-met.
ladder-ready = { "\u00A0" }; prêt pour ce poste.
ladder-gaps-even = { "\u00A0" }; { $n } à faire progresser, chacune { $size ->
    [one] d’un niveau
   *[other] de { $size } niveaux
}.
ladder-gaps = { "\u00A0" }; { $n } à faire progresser, le plus grand écart étant « { $skill } » ({ $size ->
    [one] { $size } niveau
   *[other] { $size } niveaux
}).
ladder-unrated = { $n ->
    [one] { $n } compétence n’est pas encore évaluée.
   *[other] { $n } compétences ne sont pas encore évaluées.
}

## Le plan de développement (PDF, Markdown, page web).
plan-title = Plan de développement
plan-title-of = Plan de développement : { $name }
plan-where-i-stand = Où j’en suis
plan-focus-skills = Compétences prioritaires
plan-print-no-focus = Aucune compétence prioritaire choisie pour l’instant.
plan-simple-not-easy = Ces étapes sont faciles à écrire et plus difficiles à tenir : comptez des semaines de pratique, pas une journée. Quand le travail s’accélère, le temps passé avec les gens est souvent le premier sacrifié, parce qu’il rapporte lentement : protégez-en une partie.
plan-focus-status = État : { $status }
plan-focus-status-date = État : { $status } · date cible { $date }
plan-print-goal = Objectif :
plan-now-at = Aujourd’hui
plan-aiming-for = Niveau visé
plan-for-example = Par exemple ({ $place }) :
plan-evidence-so-far = Exemples concrets jusqu’ici :
plan-print-resources = Ressources :
plan-success = Indicateur de réussite :
plan-growth = Évolution dans le temps
plan-growth-note = Les niveaux de chaque compétence à chaque évaluation ; les triangles marquent les exemples concrets, les coches les actions faites.
plan-open-actions = Actions en cours issues des séances de coaching
plan-col-action = Action
plan-col-owner = Responsable
plan-col-due = Échéance
plan-col-agreed = Convenue le
plan-col-status = État
plan-overdue = en retard
plan-signatures = Signatures
plan-technician = Technicien
plan-coach = Coach
plan-date = Date
plan-sign-technician = Technicien, date
plan-sign-coach = Coach, date
plan-page = Page
# La numérotation des pages de Typst : le premier « 1 » est cette page, le second la
# dernière ; n’y mettre aucune des lettres a, i, A et I.
plan-page-of = 1 sur 1
plan-fact-coach = Coach : { $coach }
plan-fact-date = Date : { $date }
plan-fact-dates = Date : { $date } · Bilan : { $review }
plan-list-strengths = Les points forts que j’ai listés
plan-list-growing = Sur la bonne voie
plan-list-talk = À aborder
plan-list-own-strengths = Mes points forts personnels
plan-list-own-goals = Mes objectifs personnels
plan-growing-into = Vers le poste de { $what }
plan-evidence-line = { $date } : { $text }
plan-evidence-seen = { $date } : { $text } (vu par { $who })
plan-evidence-seen-named = { $date } : { $text } (vu par { $who }, { $name })
plan-template-failed = Votre modèle { $path } n’a pas pu être utilisé ({ $reason }) ; la mise en page intégrée a été utilisée à la place.

## Les calques et légendes des graphiques. Dans layer-assessment, $which vaut `first`,
## `previous`, `latest` ou un autre mot (une évaluation plus ancienne) ; $rater vaut
## `self` ou `coach`.
layer-assessment = { $which ->
    [first] { $rater ->
        [self] Première auto-évaluation
       *[coach] Première évaluation du coach
    }
    [previous] { $rater ->
        [self] Auto-évaluation précédente
       *[coach] Évaluation précédente du coach
    }
    [latest] { $rater ->
        [self] Dernière auto-évaluation
       *[coach] Dernière évaluation du coach
    }
   *[other] { $rater ->
        [self] Auto-évaluation
       *[coach] Évaluation du coach
    }
}, { $date }
layer-target = Cible
layer-colleagues = Collègues ({ $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}), { $date }
growth-key-self = Auto-évaluation
growth-key-coach = Coach
growth-key-colleagues = Collègues
growth-key-target = Cible
growth-key-evidence = Exemples concrets
growth-key-action-done = Action faite
cal-name = Coaching Lodestar
cal-tomorrow = Demain : { $title }

## Tableurs : les colonnes d’une liste exportée (relues à l’import dans
## n’importe quelle langue) et les refus de l’import.
sheet-col-ignore = (non utilisée)
sheet-col-skill = Compétence
sheet-col-id = Identifiant
sheet-col-description = Description
sheet-col-keywords = Mots-clés
sheet-col-level = Niveau { $name }
sheet-col-examples = Exemples du niveau { $name }
sheet-col-strategies = Stratégies
sheet-col-prompts = Questions
sheet-col-role = Poste : { $name }
import-no-skill-column = Indiquez quelle colonne contient les noms des compétences.
import-unusable = La liste ne peut pas être utilisée : { $reason }.
import-title-long = Le titre est trop long : { $max } caractères au maximum.
import-names-no-levels = Des noms de niveaux sont indiqués, mais aucune colonne n’est un niveau.
import-level-twice = Deux colonnes sont « Niveau { $n } » : donnez une seule colonne à chaque niveau.
import-level-missing = Aucune colonne n’est « Niveau { $n } » : les niveaux doivent se suivre à partir de 1, sans trou.
import-too-many-names = { $names } noms de niveaux sont indiqués pour { $columns } colonnes de niveau.
import-level-name-long = Le nom de niveau « { $name } » est trop long : 40 caractères au maximum.
import-level-names = Les noms des niveaux : { $reason }.
sheet-ratings = Évaluations
sheet-actions = Actions
sheet-plan = Plan
sheet-team = Équipe
sheet-list = Liste
sheet-default-name = Feuille
sheet-not-applicable = Sans objet
sheet-agreed-session = séance du { $date }
sheet-agreed-plan = plan : { $skill }
sheet-col-date = Date
sheet-col-rated-by = Évalué par
sheet-col-level-number = Niveau
sheet-col-level-name = Nom du niveau
sheet-col-target = Cible
sheet-col-note = Commentaire
sheet-col-focus-skill = Compétence prioritaire
sheet-col-goal = Objectif
sheet-col-now = Niveau actuel
sheet-col-measure = Indicateur de réussite
sheet-col-target-date = Date cible
sheet-col-resources = Ressources
sheet-col-technician = Technicien
sheet-col-job-role = Poste
sheet-col-team = Équipe
sheet-col-coach = Coach
sheet-col-list = Liste
sheet-col-last-rated = Dernière évaluation
sheet-col-skill-target = { $skill } : cible
copy-by-lodestar-moving = Lodestar, en déplaçant le dossier des profils,
copy-by-drive-or-onedrive = Google Drive ou OneDrive
copies-merged = Une copie de « { $name } », faite par { $who } quand deux ordinateurs l’ont modifié, a été fusionnée ({ $what }). La copie est dans les sauvegardes.
copies-restored = « { $name } » avait disparu ; la copie qu’en a faite { $who } ({ $file }) est désormais le profil.
copies-need-choice = Une copie de « { $name } » faite par { $who } modifie les mêmes éléments autrement ({ $fields }). Ouvrez « { $name } » dans Lodestar pour choisir ; d’ici là, la copie reste où elle est.

## Problèmes de fichiers et de dossiers. Dans io-failed, $action est ce qui était
## en cours.
io-failed = Impossible { $action ->
    [read] de lire
    [save] d’enregistrer
    [create] de créer
    [lock] de verrouiller
    [move] de déplacer
    [remove] de supprimer
    [restore] de restaurer
    [move-aside] de mettre de côté
    [set-aside] de mettre à l’écart
    [move-to-the-trash] de mettre à la corbeille
    [open-the-lock-file] d’ouvrir le fichier de verrou
    [read-the-folder] de lire le dossier
    [create-the-folder] de créer le dossier
   *[other] de { $action }
} { $path } : { $reason }.
io-disk-full = le disque est plein. Libérez de l’espace et réessayez
io-permission = l’accès a été refusé
io-no-folder = son dossier n’existe pas
io-not-found = il n’existe pas
io-read-only = le disque est en lecture seule
io-quota = votre quota de disque est épuisé
io-too-large = le fichier dépasse la taille permise par ce système (une limite de taille, ou un disque plein). Libérez de l’espace et réessayez
store-corrupt = Le fichier de profil { $path } n’a pas pu être lu ({ $reason }). Il a été mis de côté sous le nom { $set_aside }, sans y toucher ; vos autres profils ne sont pas concernés.
store-not-a-profile = { $path } n’est pas un profil Lodestar : { $reason }
store-too-new = « { $name } » a été enregistré par une version plus récente de Lodestar (format de fichier { $found } ; cette version lit jusqu’au format { $supported }). Mettez Lodestar à jour pour l’ouvrir ; le fichier n’a pas été modifié.
store-read-only = « { $name } » est en lecture seule ici : { $reason }. Vos modifications n’ont pas été enregistrées.
store-changed-on-disk = « { $name } » a été modifié ou supprimé sur le disque par un autre programme (un dossier synchronisé, un autre ordinateur) depuis son ouverture. Rien n’a été écrasé : rechargez pour voir l’autre version, ou gardez la vôtre pour la remplacer.
store-no-such-profile = Aucun profil ne correspond à « { $query } ». `lodestar profiles` les liste.
store-ambiguous = « { $query } » correspond à plusieurs profils : { $matches }. Utilisez plutôt l’identifiant.
store-merge = Les deux versions n’ont pas pu être fusionnées : { $reason }. Rien n’a été modifié.
store-catalog = Le fichier de liste { $file } a un problème : { $message }
store-catalog-line = Le fichier de liste { $file } a un problème à la ligne { $line } : { $message }
store-catalog-exists = Une liste avec l’identifiant « { $id } » existe déjà. Donnez un autre titre à celle-ci.
store-answer-file = { $path } n’est pas un fichier de réponses de collègue que Lodestar sait lire : { $reason }. Rien n’a été importé.
store-answers = Impossible d’importer ces réponses : { $reason }.
store-not-a-folder = { $path } ne peut pas accueillir les profils : { $reason }. Rien n’a été déplacé.
folder-is-a-file = c’est un fichier
folder-inside-settings = il se trouve dans le dossier des réglages de Lodestar ; choisissez un dossier en dehors, par exemple dans votre dossier synchronisé
folder-profile-open-elsewhere = il est ouvert dans une autre fenêtre de Lodestar ; fermez-le d’abord là-bas

## La ligne de commande.
cli-unknown-language = Lodestar ne parle pas « { $tag } » ; il parle { $known }.
cli-sent-technician = « { $name } » (sans les notes privées) écrit dans { $file }, prêt à envoyer.
cli-sent-coach = « { $name } » écrit dans { $file }, prêt à envoyer.
cli-exported = « { $name } » exporté dans { $file }.
cli-list-imported = Liste « { $title } » importée ({ $n ->
    [one] { $n } compétence
   *[other] { $n } compétences
}, sur l’échelle { $levels }) sous l’identifiant { $id }.
cli-moved = Les profils sont désormais conservés dans { $folder } ({ $how }).
cli-moved-count = { $n ->
    [one] { $n } déplacé
   *[other] { $n } déplacés
}
cli-moved-same = { $n ->
    [one] { $n } déjà présent
   *[other] { $n } déjà présents
}
cli-moved-merged = { $n ->
    [one] { $n } différent de la copie déjà présente : fusionné
   *[other] { $n } différents de la copie déjà présente : fusionnés
}
cli-no-profiles = Aucun profil pour l’instant dans { $folder }.
cli-wrote-plan = Plan de « { $name } » écrit dans { $file }.
cli-wrote-growth = Graphique d’évolution de « { $name } » écrit dans { $file }.
cli-wrote-chart = Graphique de « { $name } » écrit dans { $file }.
cli-no-such-list = Il n’y a pas de liste « { $id } ». `lodestar catalogs` affiche les listes.
cli-no-list-at-all = Aucune liste recommandée n’est disponible
cli-list-missing = attention : la liste « { $missing } » est introuvable ; comparaison avec « { $used } »
cli-compared = { $name } — comparé à « { $list } »
cli-section-strengths = Points forts — déjà acquis, à entretenir :
cli-section-deepen = Points forts que vous voulez aussi approfondir :
cli-section-right-track = Sur la bonne voie — vous voulez les acquérir, et ils sont recommandés :
cli-section-blind-spots = À aborder — recommandés, mais dans aucune des deux listes pour l’instant :
cli-section-own-strengths = Vos points forts personnels :
cli-section-own-goals = Vos objectifs personnels :
cli-section-own-deepen = Vos points forts personnels que vous voulez approfondir :
cli-section-links = Liens possibles, non appliqués (confirmez-les dans l’application) :
cli-note = Note : { $line }
cli-imported = « { $name } » importé sous l’identifiant { $id }.
cli-updated = « { $name } » mis à jour : { $what }.
cli-conflict-kept = { $field } : votre version ({ $mine }) a été gardée ; l’autre était { $theirs }.
cli-conflicts-hint = Modifiez-les dans l’application là où l’autre version est la bonne.
cli-wrote-form = Formulaire de retours pour « { $name } » ({ $n ->
    [one] { $n } compétence
   *[other] { $n } compétences
}, demande { $request }) écrit dans { $file }. Envoyez-le à vos collègues en pièce jointe d’un e-mail ; chacun enregistre un fichier de réponses et vous le renvoie. Importez ces fichiers avec `lodestar import FICHIER`.
cli-whose-one = « { $name } »
cli-whose-all = tous les techniciens
cli-cal-sessions = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
cli-cal-actions = { $n ->
    [one] { $n } action à échéance
   *[other] { $n } actions à échéance
}
cli-cal-reviews = { $n ->
    [one] { $n } bilan de plan
   *[other] { $n } bilans de plan
}
cli-cal-empty = Rien de prévu pour { $whose } : aucune prochaine séance, échéance ou bilan à partir du { $today }. Un calendrier vide a été écrit dans { $file }.
cli-cal-written = Calendrier de { $whose } ({ $what }) écrit dans { $file }. Ouvrez-le avec votre logiciel de calendrier ; le réimporter plus tard met à jour les mêmes événements.
cli-wrote = Écrit pour { $what } : { $file }
cli-wrote-also = et { $file }
cli-what-profile-sheet = les évaluations, les actions et le plan de « { $name } »
cli-what-team = l’équipe ({ $n ->
    [one] { $n } technicien
   *[other] { $n } techniciens
})
cli-what-list = la liste « { $title } »

## Pourquoi une liste, une échelle, les réponses d’un collègue ou un export ne peuvent pas
## servir (ces textes continuent une phrase : la plupart commencent par une minuscule).
catalog-no-title = la liste n’a pas de titre
catalog-no-id = la liste n’a pas d’identifiant
catalog-no-skills = la liste n’a aucune compétence
catalog-unnamed-skill = la compétence numéro { $n } n’a pas de nom
catalog-no-skill-id = la compétence numéro { $n } n’a pas d’identifiant
catalog-skill-twice = l’identifiant de compétence « { $id } » est utilisé deux fois
catalog-level-count = la compétence « { $skill } » décrit { $count } niveaux ; l’échelle de la liste en compte { $scale }, il lui en faut donc { $scale } (ou aucun)
catalog-scale = l’échelle de la liste : { $reason }
catalog-unnamed-role = le poste numéro { $n } n’a pas de nom
catalog-role-twice = le poste « { $role } » est nommé deux fois
catalog-role-skill = le poste « { $role } » attend un niveau en « { $skill } », qui n’est pas dans la liste
catalog-role-level = le poste « { $role } » attend le niveau { $level } en « { $skill } » ; l’échelle va jusqu’à { $top }
scale-count = une échelle doit avoir de { $min } à { $max } niveaux ; celle-ci en a { $n }
scale-unnamed = le niveau { $n } de l’échelle n’a pas de nom
scale-twice = l’échelle nomme « { $name } » deux fois
merge-different-profiles = les deux fichiers sont des profils différents (« { $mine } » et « { $theirs } »)
merge-unreadable = le profil fusionné n’a pas pu être relu : { $reason }
answers-newer-format = ces réponses ont été enregistrées par un formulaire Lodestar plus récent (format { $format }) ; mettez Lodestar à jour pour les importer
answers-other-request = ces réponses correspondent à une demande de retours qui n’est pas dans le profil de { $name } : elles concernent peut-être un autre technicien, ou une demande faite sur un autre ordinateur. Rien n’a été importé
answers-unknown-skill = les réponses nomment la compétence « { $skill } », sur laquelle la demande ne portait pas : le fichier a été modifié après son enregistrement par le formulaire. Rien n’a été importé ; demandez au collègue de renvoyer le fichier
answers-skill-twice = les réponses nomment deux fois la compétence « { $skill } » : le fichier a été modifié après son enregistrement par le formulaire. Rien n’a été importé
answers-level-out-of-range = les réponses donnent le niveau { $level } à « { $skill } », alors que la demande allait de 1 à { $top } : le fichier a été modifié après son enregistrement par le formulaire. Rien n’a été importé
answers-no-id = le fichier de réponses n’a pas d’identifiant de réponse : il n’a pas été enregistré par le formulaire. Rien n’a été importé
answers-not-the-coachs = les réponses s’importent sur l’ordinateur du coach, là où la demande a été faite : envoyez ce fichier au coach. Rien n’a été importé
answers-empty = le collègue a enregistré le formulaire sans choisir de niveau ni écrire d’exemple : il n’y a rien à importer
export-no-list = aucune liste recommandée n’est disponible
export-ending = donnez { $what ->
    [plan] au plan
    [chart] au graphique
    [spreadsheet] au classeur
    [calendar-file] au fichier de calendrier
   *[feedback-form] au formulaire de retours
} un nom qui se termine par { $endings } ({ $path })
export-no-growth = il n’y a pas encore de graphique d’évolution pour « { $name } » : il faut au moins deux évaluations
export-no-chart = il n’y a pas de graphique pour « { $name } » : { $reason }
export-sheet = le classeur n’a pas pu être créé : { $reason }
export-calendar = le fichier de calendrier n’a pas pu être créé : { $reason }
chart-no-ratings = rien n’a encore été évalué : il n’y a donc pas de graphique à tracer
chart-too-few-skills = un radar a besoin d’au moins 3 compétences applicables ; il y en a { $n }
pdf-template = le modèle du plan contient une erreur : { $reason }
pdf-export = le PDF n’a pas pu être écrit : { $reason }
file-cut-off = le fichier s’arrête trop tôt, à la ligne { $line } — il semble tronqué
file-too-new = il a été enregistré par une version plus récente de Lodestar (format de fichier { $found })
folder-unreachable = Votre dossier de profils { $folder } est inaccessible ({ $reason }). Les profils conservés dans le dossier de configuration sont affichés à la place ; connectez le disque et relancez Lodestar, ou choisissez un autre dossier dans « À propos ».
catalog-id-taken = l’identifiant « { $id } » est déjà utilisé par une autre liste ; donnez à celle-ci son propre identifiant
sheet-kinds = Lodestar lit les listes depuis des tableurs (.xlsx, .ods) et des fichiers CSV (.csv)
sent-file-no-profile = le fichier envoyé ne contient aucun profil
recovered-kept = { $n ->
    [one] Un lot de modifications qui n’avaient pas pu être enregistrées est conservé dans { $folder }. Utilisez « Importer… » pour le récupérer.
   *[other] { $n } lots de modifications qui n’avaient pas pu être enregistrées sont conservés dans { $folder }. Utilisez « Importer… » pour en récupérer un.
}
cli-no-config-folder = Impossible de trouver un dossier pour les réglages ; indiquez-en un avec --config-dir DIR

## Le formulaire de retour rempli par un collègue (une page web). { $name } et
## { $coach } sont les noms du technicien et du coach.
form-title = Retours pour { $name }
form-their-coach = son coach
form-intro = { $name } est en train de devenir un leader, accompagné par { $coach } comme coach. Vous travaillez à ses côtés : vous voyez des choses qu’un coach ne voit jamais. Pour chaque compétence ci-dessous, choisissez le niveau qui correspond à ce que vous l’avez vu faire, ou « Je ne l’ai pas vu ». Un court exemple de quelque chose qui s’est passé est ce qui aide le plus.
form-privacy = Seul { $coach } lit vos réponses une par une. { $name } voit la moyenne de tous les collègues, et seulement une fois qu’au moins trois d’entre vous ont répondu, afin qu’aucune réponse ne puisse être isolée. Votre nom n’accompagne vos réponses que si vous l’écrivez à la fin.
form-not-seen = Je ne l’ai pas vu
form-example = Un exemple (facultatif)
form-example-hint = Que s’est-il passé, et qu’a fait la personne ?
form-your-name = Votre nom (facultatif)
form-name-note = Laissez-le vide et votre nom ne sera pas enregistré avec vos réponses ; { $coach } voit tout de même qui a envoyé le fichier.
form-save = Enregistrer mes réponses
form-saved = Vos réponses ont été enregistrées sous { $file } dans votre dossier de téléchargements. Envoyez ce fichier à { $coach } en pièce jointe d’un e-mail. Rien n’a été envoyé depuis cette page.
form-empty = Rien à enregistrer pour l’instant : choisissez un niveau ou écrivez un exemple pour au moins une compétence.
form-footer = Créé avec Lodestar pour la demande { $id }. Cette page fonctionne sans connexion internet et n’envoie rien nulle part : vos réponses ne partent que sous forme du fichier que vous envoyez.
