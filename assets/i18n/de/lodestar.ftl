# Die Texte von Lodestar auf Deutsch, übersetzt nach der englischen Vorlage
# (assets/i18n/en/lodestar.ftl). Eine Nachricht ist `id = Text`; `{ $name }`
# setzt das Programm ein, und `{ $n -> [one] … *[other] … }` wählt nach den
# Pluralregeln der Sprache. Begriffe, Anrede und Schreibweisen stehen in
# GLOSSARY.md in diesem Ordner: Wer hier etwas ändert, hält sich daran.

## Die Sprache selbst, so wie ihre Sprecher sie schreiben (für das Sprachmenü).
language-name = Deutsch

## Datum und Zahlen: $year, $month und $day kommen als Ziffern ("2026", "03",
## "07"); hier in der im Deutschen üblichen Reihenfolge.
date = { $day }.{ $month }.{ $year }
decimal-mark = ,
date-hint = JJJJ-MM-TT

## Die sieben Schritte.
tab-have = 1  Kann ich
tab-want = 2  Will ich
tab-compare = 3  Vergleichen
tab-rate = 4  Einschätzen
tab-progress = 5  Fortschritt
tab-sessions = 6  Gespräche
tab-plan = 7  Plan

## Die Profilleiste.
bar-all-profiles = Alle Profile
bar-all-profiles-hint = Zurück zu allen Profilen
bar-export = Exportieren…
bar-export-hint = Dieses Profil als Datei speichern oder seine Einschätzungen für eine Tabellenkalkulation
bar-export-profile = Profildatei…
bar-export-profile-hint = Dieses Profil als Datei speichern, zum Aufbewahren oder Weitergeben
bar-export-sheet = Als Tabelle…
bar-export-sheet-hint = Einschätzungen im Zeitverlauf, Maßnahmen und Plan als .xlsx oder CSV
bar-send = Senden…
bar-send-hint = Dieses Profil als eine Datei an den anderen Computer schicken
bar-send-technician = An Techniker/in…
bar-send-technician-hint = Eine Datei zum Verschicken; deine privaten Notizen bleiben hier
bar-send-coach = An den Coach…
bar-send-coach-hint = Eine Datei zum Verschicken an deinen Coach
bar-undo = Rückgängig
bar-redo = Wiederholen
bar-add-evidence = Beleg hinzufügen…
bar-add-evidence-hint = Etwas aus dem Arbeitsalltag festhalten, das eine Kompetenz zeigt (Ctrl+E)

## Die Statuszeile.
status-changed-elsewhere = Anderswo geändert:
status-keep-mine = Meine Version behalten
status-load-theirs = Andere Version laden
status-to-settle =
    { $n ->
        [one] 1 Änderung auf beiden Computern zu klären
       *[other] { $n } Änderungen auf beiden Computern zu klären
    }
status-settle = Klären…
status-read-only = Schreibgeschützt: { $reason }.
status-undo-delete = Löschen rückgängig
status-about = Info
status-about-hint = Version, wo deine Daten liegen
status-theme-dark = Dunkel
status-theme-dark-hint = Dunkles Design
status-theme-light = Hell
status-theme-light-hint = Helles Design
status-theme-system = System
status-theme-system-hint = Design des Systems übernehmen
status-zoom-hint = Zoomen: Ctrl + und Ctrl −
status-language-hint = Die Sprache von Lodestar: Bildschirme, gedruckter Plan und eingebaute Listen

## Fortschritt: Feedback aus dem Kollegenkreis.
feedback-heading = Feedback aus dem Kollegenkreis
feedback-intro = Kolleginnen und Kollegen sehen Dinge, die ein Coach nie zu sehen bekommt. Frag sie mit einem Formular: eine Webseite zum Verschicken per E-Mail, die jeder Browser auch ohne Internet öffnet. Wer antwortet, speichert eine kleine Antwortdatei und schickt sie zurück; lies sie mit „Antworten einlesen…“ ein oder zieh sie auf dieses Fenster. Ihre Sicht erscheint im Diagramm, sobald { $min } geantwortet haben, als Durchschnitt, der sich immer erst nach { $min } weiteren Antworten ändert. So lässt sich keine einzelne Antwort herauslesen.
feedback-ask = Kollegenfeedback einholen…
feedback-ask-hint = Startet eine neue Feedbackrunde und speichert ihr Formular, fertig zum Anhängen an eine E-Mail.
feedback-take-in = Antworten einlesen…
feedback-take-in-hint = Die Antwortdatei einer Kollegin oder eines Kollegen, aus dem Formular gespeichert.
feedback-round = Feedbackrunde vom { $date }
feedback-round-shown =
    { $n ->
        [one] 1 Antwort: im Diagramm und in der Tabelle.
       *[other] { $n } Antworten: im Diagramm und in der Tabelle.
    }
feedback-round-partly = { $n } Antworten: { $pooled } im Diagramm und in der Tabelle; die übrigen kommen dazu, sobald { $more ->
        [one] { $more } weitere Antwort da ist.
       *[other] { $more } weitere Antworten da sind.
    }
feedback-round-waiting =
    { $n ->
        [one] 1 Antwort bisher; sie erscheint nach { $more } weiteren.
       *[other] { $n } Antworten bisher; sie erscheinen nach { $more } weiteren.
    }
feedback-form-again = Formular erneut speichern…
feedback-form-again-hint = Das Formular derselben Runde, für eine weitere Person aus dem Kollegenkreis.
feedback-one-by-one = Einzelne Antworten ({ $n }), nur für den Coach
feedback-received = erhalten am { $date }
feedback-leave-out = Weglassen
feedback-leave-out-hint = Nimmt diese Antwort aus der zusammengefassten Sicht (Ctrl+Z holt sie zurück).
feedback-not-seen = hat das nicht beobachtet
feedback-no-level = keine Stufe
feedback-table-title = Kollegenkreis (zusammengefasst)
feedback-column-raters = Personen
feedback-mean-hint = Durchschnitt der Stufen von { $n } Personen aus dem Kollegenkreis in der letzten Runde: { $mean } von { $top }.
feedback-too-few-hint = Weniger als { $min } Personen haben diese Kompetenz in der letzten Runde eingeschätzt, deshalb wird sie nicht angezeigt.
feedback-flags-heading = Lohnt ein Gespräch: Hier schätzt du dich anders ein als dein Kollegenkreis
feedback-flag-line = • { $skill }: du { $own } ({ $own_date }), Kollegenkreis { $mean } ({ $n } Personen, Runde vom { $round })

## Änderungstabellen (Fortschritt).
changes-column-skill = Kompetenz
changes-column-first = Erste
changes-column-previous = Vorige
changes-column-latest = Aktuell
changes-column-target = Ziel
changes-column-change = Änderung
changes-trend-up = gestiegen
changes-trend-down = gesunken
changes-trend-same = gleich
changes-heading = Wie sich die Einschätzungen verändert haben
changes-self = Selbsteinschätzungen
changes-coach = Einschätzungen des Coachs
changes-none = Noch keine Einschätzungen.
changes-not-applicable = entfällt
changes-now-at = Aktuell: { $level }
changes-aiming-for = Zielstufe: { $level }
changes-flags-heading = Lohnt ein Gespräch: Hier schätzt du dich anders ein als dein Coach
changes-flag-line = • { $skill }: du { $own } ({ $own_date }), Coach { $coach } ({ $coach_date })

## Meldungen zum geöffneten Profil.
profile-read-only = Dieses Profil ist schreibgeschützt: { $reason }.

## Feedback aus dem Kollegenkreis: was passiert ist.
feedback-left-out = Die Antwort wurde weggelassen und die Sicht des Kollegenkreises neu zusammengefasst (Ctrl+Z holt sie zurück).
feedback-no-list = Die Empfehlungsliste des Profils fehlt, deshalb lässt sich kein Formular erstellen.
feedback-form-not-saved = Das Formular wurde nicht gespeichert: { $reason }.
feedback-form-saved = Feedbackformular für { $name } als { $path } gespeichert. Schick es als E-Mail-Anhang an Kolleginnen und Kollegen; ihre Antwortdateien liest du mit „Antworten einlesen…“ (unten) ein oder ziehst sie auf das Fenster.
feedback-answers-read-only = Diese Antworten lassen sich nicht einlesen: Das Profil ist schreibgeschützt ({ $reason }).
feedback-answers-refused = Diese Antworten lassen sich nicht einlesen: { $reason }.

## Das Info-Fenster.
about-version = Version { $version }
about-what = Führungscoaching für Technikerinnen und Techniker: was du kannst, was du willst, wie es im Vergleich aussieht, wie es wächst, und ein Plan für zu Hause.
about-kept-in-moved = Backups und Einstellungen liegen hier:
about-kept-in = Deine Profile liegen hier:
about-open-folder = Ordner öffnen
about-copy-path = Pfad kopieren
about-backup = Um alles zu sichern, kopier diesen ganzen Ordner.
about-profiles-chosen = Die Profile selbst liegen in einem Ordner deiner Wahl:
about-two-computers = Um an zwei Computern zu arbeiten, leg die Profile in einen synchronisierten Ordner (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing oder eine Netzwerkfreigabe).
about-profiles-folder = Profilordner…
about-profiles-folder-hint = Die Profile in einen Ordner deiner Wahl verschieben; die Backups bleiben auf diesem Computer
about-back-here = Wieder auf diesem Computer ablegen
about-back-here-hint = Die Profile zurück in den eigenen Ordner von Lodestar verschieben
about-offline = Lodestar arbeitet offline: Es baut keine Netzwerkverbindungen auf, und deine Notizen verlassen diesen Computer nur, wenn du sie exportierst.
about-licence = Freie Software unter der MIT- oder Apache-2.0-Lizenz. Schriften: Noto Sans und Droid Sans Fallback (SIL Open Font License, Apache-2.0).
about-close = Schließen

## Der erste Bildschirm: die Profile und die Coach-Ansicht.
picker-what = Von der Fachkraft zur Führungskraft: Schreib auf, was du schon kannst und was du lernen willst, und vergleich es mit einer Empfehlungsliste.
picker-none-yet = Noch keine Profile. Gib oben einen Namen ein und drück Enter, um anzufangen.
picker-profiles = Profile ({ $n })
picker-coach-view = Coach-Ansicht
picker-recent-first = Zuletzt geänderte zuerst
picker-new-profile = Neues Profil:
picker-name-hint = Name (Techniker/in)
picker-create = Anlegen
picker-sample = Beispiel öffnen
picker-sample-hint = Eine frische Kopie des Beispielprofils, zum Ausprobieren
picker-import = Importieren…
picker-newer = neuere Version: schreibgeschützt
picker-open = Öffnen
picker-open-hint = „{ $name }“ öffnen
picker-rename = Umbenennen
picker-rename-hint = „{ $name }“ umbenennen
picker-duplicate = Duplizieren
picker-duplicate-hint = „{ $name }“ duplizieren
picker-delete = Löschen
picker-delete-hint = „{ $name }“ löschen (in den Papierkorb)
picker-new-name = Neuer Name:
picker-save-name = Namen speichern
picker-cancel = Abbrechen
coach-sessions = Gespräche
coach-skills = Kompetenzen
coach-all = Alle Coaches
coach-filter = Techniker/innen von
coach-export-team = Team exportieren…
coach-export-team-hint = Aktuelle Stufen und Zielstufen aller, in einer Tabelle (.xlsx oder CSV)
coach-calendar = Kalender…
coach-calendar-hint = Das nächste Gespräch aller als eine Kalenderdatei (.ics), mit Erinnerungen; später erneut importieren, um die Termine zu aktualisieren
coach-order = Überfällige zuerst, dann wer als Nächstes ein Gespräch hat.
coach-column-technician = Techniker/in
coach-column-coach = Coach
coach-column-last = Letztes Gespräch
coach-column-next = Nächstes Gespräch
coach-column-open = Offene Maßnahmen
coach-column-overdue = Überfällig
coach-never = nie
coach-past = { $date } (vorbei)
coach-not-set = nicht festgelegt
coach-show-all = Alle { $n } Techniker/innen anzeigen

## Was fällig ist (erster Bildschirm und Coach-Ansicht).
due-heading = Fällig
due-more = und { $n } weitere

## Fortschritt: Entwicklung über die Zeit.
growth-heading = Entwicklung über die Zeit
growth-export = Entwicklungsdiagramm exportieren…
growth-export-hint = Als SVG oder PNG speichern
growth-empty = Nach zwei Einschätzungen erscheinen hier die Stufen jeder Kompetenz als Linien über die Zeit, darunter die Belege und die erledigten Maßnahmen.
growth-described = Entwicklungsdiagramm von { $n } Kompetenzen: Einschätzungen über die Zeit, Belege und erledigte Maßnahmen; die Änderungstabelle oben listet dieselben Einschätzungen
due-line = { $name }: { $what }
due-session-today-at = Gespräch heute um { $time } Uhr
due-session-today = Gespräch heute
due-session-soon = Gespräch am { $weekday }, { $date }
due-session-missed = Gespräch vom { $date } noch nicht geführt
due-actions-overdue =
    { $n ->
        [one] 1 Maßnahme überfällig (fällig am { $date })
       *[other] { $n } Maßnahmen überfällig (seit { $date })
    }
due-review-passed = Überprüfung des Plans war am { $date } fällig
due-actions-today =
    { $n ->
        [one] 1 Maßnahme heute fällig
       *[other] { $n } Maßnahmen heute fällig
    }

## Wochentage.
weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag

## Die Belege: der Dialog und die Listen.
evidence-add-title = Beleg hinzufügen
evidence-change-title = Beleg ändern
evidence-what-it-is = Etwas aus dem Arbeitsalltag, das eine Kompetenz zeigt: was du getan hast und was daraus geworden ist.
evidence-add = Eintragen
evidence-save = Änderungen speichern
evidence-cancel = Abbrechen
evidence-remove = Eintrag entfernen
evidence-when = Wann
evidence-star = Nach STAR gliedern
evidence-star-hint = Situation, Aufgabe, Vorgehen, Ergebnis: vier kurze Antworten
evidence-skills = Welche Kompetenzen es zeigt
evidence-who-saw = Wer war dabei:
evidence-their-name = Name (optional)
evidence-link = Link (optional)
evidence-no-file = Keine Datei
evidence-file = Datei: { $name }
evidence-attach = Datei anhängen…
evidence-attach-hint = Eine Kopie wird beim Profil aufbewahrt; das Original darf verschoben oder gelöscht werden
evidence-star-situation-hint = Wo warst du, was war los?
evidence-star-task-hint = Was war zu tun, und was davon war deine Aufgabe?
evidence-star-action-hint = Was hast du getan?
evidence-star-result-hint = Was ist daraus geworden?
evidence-what-happened = Was passiert ist
evidence-what-happened-hint = z. B. Einen besorgten Kunden durch den Ausfall begleitet und stündlich auf dem Laufenden gehalten
evidence-seen-by = · dabei: { $who }
evidence-line = { $date } · { $text }{ $who }
evidence-open-link = Link
evidence-open-file = Datei
evidence-change = Ändern
evidence-change-named = Den Beleg „{ $text }“ ändern
evidence-change-hint = Diesen Eintrag ändern oder entfernen
evidence-not-on-list = Kompetenzen außerhalb dieser Liste
evidence-heading = Belege
evidence-add-hint = Ctrl+E, in jedem Schritt
evidence-none-yet = Noch nichts eingetragen. Wenn bei der Arbeit etwas zeigt, dass eine Kompetenz wächst, trag es hier ein (Ctrl+E): Darauf kann sich eine Einschätzung stützen.
evidence-group = { $skill } ({ $n })

## Vergleichen. Die Wörter der Methode (auf jedem Bildschirm und im Plan
## gleich): Kann ich, Will ich, Vergleichen, Stärken, „Auf dem richtigen Weg“,
## „Lohnt ein Gespräch“ (blinde Flecken), eigene Stärken, eigene Ziele.
compare-with = Vergleichen mit
compare-list = Empfehlungsliste
compare-strengths = Stärken: kannst du schon
compare-strengths-hint = Empfohlen und auf deiner Kann-ich-Liste. Durchgestrichen: beibehalten.
compare-deepen = { $skill }  – da willst du noch weiter
compare-right-track = Auf dem richtigen Weg
compare-right-track-hint = Empfohlen und auf deiner Will-ich-Liste: Du denkst in die richtige Richtung.
compare-blind-spots = Lohnt ein Gespräch
compare-blind-spots-hint = Steht auf dieser Liste, ist aber noch mit nichts verknüpft, was du kannst oder willst. Das macht es nicht zur Schwäche: Vielleicht ist es eine Stärke, an die du nicht gedacht hast, oder etwas, das dein Job noch nicht von dir verlangt hat. Sprich mit deinem Coach darüber.
compare-add-to-want = Zu „Will ich“
compare-add-to-want-hint = „{ $skill }“ auf deine Will-ich-Liste setzen
compare-own-strengths = Deine eigenen Stärken
compare-own-strengths-hint = Was du kannst und nicht auf dieser Liste steht. Das zählt trotzdem.
compare-own-item = • { $text }
compare-own-deepen = • { $text } – und davon willst du mehr
compare-own-goals = Deine eigenen Ziele
compare-own-goals-hint = Was du willst und nicht auf dieser Liste steht.
compare-none-yet = Noch keine.

## Einschätzen.
rate-heading = Schätz ein, wo du stehst
rate-how = Wähl die Stufe, die beschreibt, was du heute tatsächlich tust, nicht was du vorhast. Jede Stufe baut auf den darunterliegenden auf, und eine 3 bedeutet bei einer Kompetenz jedes Mal dasselbe. Schätz dich in jedem Coaching-Gespräch neu ein, dann siehst du, wie weit du gekommen bist.
rate-not-the-title = Schätz ein, was du tust, nicht deinen Jobtitel. Ein Leitungstitel macht noch niemanden zur Führungskraft, und wer technisch arbeitet und niemanden unter sich hat, kann trotzdem schon führen.
rate-rated-by = Wer schätzt ein:
rate-myself = Ich selbst
rate-the-coach = Der Coach
rate-blind = Verdeckt einschätzen
rate-blind-hint = Frühere Einschätzungen und Zielstufen beim Einschätzen ausblenden
rate-date = Datum: { $date }
rate-note = Notiz zu dieser Einschätzung:
rate-save = Einschätzung speichern
rate-count = { $rated } von { $total } Kompetenzen eingeschätzt
rate-saved-so-far =
    { $n ->
        [one] Bisher 1 Einschätzung gespeichert.
       *[other] Bisher { $n } Einschätzungen gespeichert.
    }
rate-see-progress = Diagramm und Verlauf der Einschätzungen ansehen
rate-last-time = zuletzt { $level } ({ $date })
rate-level-named = { $skill }: { $level }
rate-level-described = { $skill }: { $level } – { $meaning }
rate-not-applicable = Trifft nicht zu
rate-no-evidence-since = Keine Belege seit der letzten Einschätzung.
rate-no-evidence = Noch keine Belege eingetragen.
rate-evidence-since = Belege seit der letzten Einschätzung ({ $date }): { $n }
rate-evidence = Belege: { $n }
rate-add-evidence-for = Beleg für { $skill } hinzufügen
rate-add-evidence-hint = Etwas festhalten, das { $skill } zeigt
rate-more-on-progress = und { $n } weitere unter Fortschritt
rate-no-target = keine Zielstufe
rate-target = Zielstufe { $level }
rate-target-for = Zielstufe für { $skill }

## Kann ich und Will ich.
have-heading = Was du schon kannst
have-intro = Schreib die Führungseigenschaften auf, die du schon mitbringst, in deinen eigenen Worten. Denk an Momente, in denen sich andere auf dich verlassen haben, sich nach dir gerichtet oder dich um Hilfe gebeten haben. Niemand fängt bei null an.
have-add = Das kann ich schon:
have-add-hint = z. B. Kunden Störungen erklären
want-heading = Was du lernen willst
want-intro = Schreib jetzt auf, worin du besser werden oder was du neu anfangen willst. Such nicht lange nach den richtigen Worten: Schreib, was du meinst, und verknüpf es mit einer empfohlenen Kompetenz, wo eine passt.
want-add = Das will ich lernen:
want-add-hint = z. B. Azubis Feedback geben
list-add = Hinzufügen
list-looks-like-sure = Sieht aus wie „{ $skill }“ ({ $percent } % sicher).
list-add-and-link = Hinzufügen und mit „{ $skill }“ verknüpfen
list-empty = Noch nichts hier.
list-pick-from = Aus „{ $list }“ wählen
list-pick-hint = Klick auf eine Kompetenz, dann kommt sie schon verknüpft auf diese Liste.
list-note-hint = Beleg oder kurze Notiz: Wann hat sich das gezeigt?
list-note = Notiz
list-edit-quality = Eigenschaft bearbeiten:
list-done = Fertig
list-double-click = Doppelklick zum Bearbeiten
list-linked-to = verknüpft mit „{ $skill }“
list-unlink = Trennen
list-unlink-hint = „{ $text }“ von { $skill } trennen
list-linked-elsewhere = verknüpft mit „{ $skill }“ (andere Liste)
list-looks-like = Sieht aus wie „{ $skill }“.
list-link-to = Mit „{ $skill }“ verknüpfen
list-remove = Entfernen
list-remove-hint = „{ $text }“ entfernen
list-down = Nach unten
list-down-hint = „{ $text }“ nach unten schieben
list-up = Nach oben
list-up-hint = „{ $text }“ nach oben schieben
list-edit = Bearbeiten
list-edit-hint = „{ $text }“ bearbeiten
list-add-note = Notiz hinzufügen
list-note-on = Notiz zu „{ $text }“
list-note-cut = { $start }… (vollständig unter „Notiz“)
list-questions = Fragen zum Nachdenken

## Der Schritt Entwicklungsplan.
plan-heading = Entwicklungsplan
plan-intro = Such dir ein paar Kompetenzen aus, an denen du bis zur nächsten Überprüfung arbeitest, und halte für jede fest, was du tust, was dir dabei hilft und woran ihr beide erkennt, dass es funktioniert hat. Druck den Plan aus, nimm ihn mit nach Hause, häng ihn auf.
plan-no-focus = Noch keine Schwerpunkte: Füg oben einen hinzu.
plan-print = Drucken…
plan-print-hint = PDF erstellen und zum Drucken im Betrachter öffnen
plan-export = Exportieren…
plan-export-hint = Den Plan als PDF, Markdown oder HTML speichern
plan-paper = Papier:
plan-paper-a4 = A4
plan-paper-letter = US-Letter
plan-review-on = Überprüfung am:
plan-add-to-calendar = In den Kalender
plan-add-to-calendar-hint = Den Termin der Überprüfung in dein Kalenderprogramm eintragen, mit Erinnerung
plan-keep-it-short = Nimm dir höchstens { $max } Schwerpunkte vor: Mit mehr auf einmal verteilt sich die Mühe so dünn, dass bis zur nächsten Überprüfung keine Veränderung zu sehen ist.
plan-keep-it-short-over = Nimm dir höchstens { $max } Schwerpunkte vor: Mit mehr auf einmal verteilt sich die Mühe so dünn, dass bis zur nächsten Überprüfung keine Veränderung zu sehen ist. Dieser Plan hat { $n }.
plan-start-with = Mit { $skills } anfangen
plan-start-with-hint = Die besten Vorschläge, jeweils mit Maßnahmen aus ihren Ideen zum Üben, zum Bearbeiten
plan-suggested = Vorgeschlagene Schwerpunkte
plan-suggested-hint = Aus Lücken bei den Einschätzungen, aus dem, was du willst, und aus blinden Flecken, über die ihr gesprochen habt
plan-add-skill = + { $skill }
plan-add-skill-hint = { $skill } zum Plan hinzufügen
plan-add-another = Weitere Kompetenz hinzufügen…
plan-add-another-name = Weitere Kompetenz hinzufügen
plan-focus-title = { $n }. { $skill }
plan-target-date = Zieldatum:
plan-move-up-hint = { $skill } nach oben schieben
plan-move-down-hint = { $skill } nach unten schieben
plan-remove-hint = { $skill } aus dem Plan entfernen
plan-goal = Ziel:
plan-goal-hint = Was anders sein wird, in einem Satz
plan-measure = Woran du den Erfolg erkennst:
plan-measure-hint = Woran du und dein Coach merkt, dass es funktioniert hat
plan-status-of = Stand von { $skill }
plan-actions = Maßnahmen
plan-action-done = Erledigt: { $text }
plan-action = Maßnahme
plan-owner = Verantwortlich
plan-remove-action-hint = Maßnahme „{ $text }“ entfernen
plan-new-action = Neue Maßnahme für { $skill }:
plan-ideas = Ideen:
plan-idea = + { $text }
plan-idea-hint = Die Maßnahme „{ $text }“ hinzufügen
plan-resources = Ressourcen
plan-resource = • { $text }
plan-remove-resource-hint = Ressource „{ $text }“ entfernen
plan-resource-hint = Eine Person, ein Kurs, ein Buch, Zeit
plan-new-resource = Neue Ressource für { $skill }:
plan-add-resource = Ressource hinzufügen

## Gespräche: die Liste, der Gesprächsmodus, die Zusammenfassung.
sessions-heading = Coaching-Gespräche
sessions-intro = Ein Coaching-Gespräch dauert 30 bis 60 Minuten und findet zwischen Technikerin oder Techniker und Coach statt. Lodestar stellt die Themen aus offenen Maßnahmen, Lücken bei den Einschätzungen und blinden Flecken zusammen, speichert die Notizen beim Tippen und schreibt danach eine Zusammenfassung zum Verschicken.
sessions-open-actions =
    { $n ->
        [one] 1 offene Maßnahme
       *[other] { $n } offene Maßnahmen
    }
sessions-open-actions-overdue =
    { $n ->
        [one] 1 offene Maßnahme, { $overdue } überfällig
       *[other] { $n } offene Maßnahmen, { $overdue } überfällig
    }
sessions-none = Noch keine Gespräche.
sessions-show-earlier =
    { $n ->
        [one] { $n } früheres Gespräch anzeigen
       *[other] Die { $n } früheren Gespräche anzeigen
    }
sessions-continue = Gespräch vom { $date } fortsetzen
sessions-not-ended = Es wurde nicht beendet; seine Notizen sind noch da.
sessions-start = Coaching-Gespräch beginnen
sessions-minutes = { $n } Min.
sessions-with = mit { $coach }
sessions-actions =
    { $n ->
        [one] 1 Maßnahme
       *[other] { $n } Maßnahmen
    }
sessions-next-at = nächstes am { $date } um { $time } Uhr
sessions-next = nächstes am { $date }
sessions-in-progress = läuft
sessions-summary = Zusammenfassung
sessions-summary-hint = Was besprochen und vereinbart wurde, fertig zum Verschicken
session-with = Coaching-Gespräch mit { $name }
session-minutes-hint = Zeit seit Beginn des Gesprächs
session-end = Gespräch beenden
session-end-hint = Die Dauer festhalten und die Zusammenfassung zeigen
session-back = Zurück zum Profil
session-back-hint = Das Gespräch bleibt offen; unter „Gespräche“ geht es weiter
session-rate = Kompetenzen einschätzen
session-rate-hint = Einschätzen in Schritt 4; die Einschätzung gehört zu diesem Gespräch, das offen bleibt
summary-heading = Gesprächszusammenfassung
summary-copy-text = Als Text kopieren
summary-copy-markdown = Als Markdown kopieren
summary-save-markdown = Als Markdown speichern…
summary-close = Schließen
summary-include-private = Private Notizen des Coachs einschließen
summary-hint = Fertig zum Verschicken nach dem Termin. Private Notizen bleiben draußen, außer du setzt den Haken.
notes-heading = Notizen
notes-what-was-said = Was gesagt wurde
notes-saved-as-you-type = Wird beim Tippen gespeichert.
notes-reflections = Reflexionen
notes-answer-hint = Die Antwort, in den Worten der Technikerin oder des Technikers
notes-actions-agreed = Heute vereinbarte Maßnahmen
notes-due = fällig am { $date }
notes-add-to-calendar = In den Kalender
notes-add-to-calendar-named = „{ $text }“ in den Kalender eintragen
notes-remove = Entfernen
notes-remove-named = Maßnahme „{ $text }“ entfernen
notes-new-action = Neue Maßnahme:
notes-new-action-hint = Was konkret getan wird
notes-owner = Verantwortlich:
notes-due-field = Fällig am:
notes-add-action = Maßnahme hinzufügen
notes-or-ctrl-enter = oder Ctrl+Enter
notes-not-a-date = „{ $text }“ ist kein Datum: Schreib es als Jahr-Monat-Tag, z. B. { $today }.
notes-no-skill = Keine Kompetenz
notes-skill-of-action = Kompetenz der Maßnahme
notes-next-session = Nächstes Gespräch:
notes-in-weeks = in { $n } Wochen
notes-at = um
notes-time-hint = HH:MM
notes-time-wrong = bitte Stunden:Minuten
notes-for-minutes = für { $n } Minuten
notes-length = Dauer des nächsten Gesprächs
notes-next-to-calendar-hint = Öffnet den Termin in deinem Kalenderprogramm, mit einer Erinnerung am Vortag
notes-private = Private Notizen für den Coach
notes-private-hint = Bleiben aus der Zusammenfassung und dem gedruckten Plan heraus, außer du entscheidest dich anders.
notes-private-field = Private Notizen:
agenda-heading = Themen für heute
agenda-open-actions = Offene Maßnahmen aus früheren Gesprächen
agenda-none-open = Keine offen.
agenda-tick-done = Abhaken, wenn erledigt
agenda-overdue = überfällig
agenda-done = Erledigt ({ $n })
agenda-gaps = Größte Lücken zur Zielstufe
agenda-gap = { $skill }: jetzt { $now }, Zielstufe { $target }
agenda-now = Jetzt: { $level }
agenda-aiming-for = Zielstufe: { $level }
agenda-seen-differently = Von dir und deinem Coach unterschiedlich eingeschätzt
agenda-self-coach = { $skill }: selbst { $own }, Coach { $coach }
agenda-unbacked = Höher eingeschätzt, noch ohne Beleg
agenda-unbacked-line = { $skill }: von { $from } auf { $to } ({ $rater }, seit { $since }). Was ist passiert, woran zeigt sich das?
agenda-blind-spots = Blinde Flecken, über die ihr noch nicht gesprochen habt
agenda-blind-spots-hint = Hak die an, über die ihr heute gesprochen habt.
agenda-questions = Reflexionsfragen
agenda-questions-hint = Stell eine, um sie mit ihrer Antwort in die Notizen zu übernehmen.
agenda-ask = Fragen
agenda-asked = Gefragt
agenda-ask-named = Fragen: { $prompt }
agenda-about = Zu { $skill }
agenda-lead-without-reports = Führen fängt lange vor dem eigenen Team an: Wer einer Kollegin etwas beibringt, einen Ablauf verbessert, der das Team ausbremst, oder sich für die Kundschaft oder einen Kollegen einsetzt, führt schon. Frag danach, nicht nur nach dem Tagesgeschäft.

## Fortschritt: das Netzdiagramm, seine Ebenen und der Zeitverlauf.
progress-heading = Wie weit du gekommen bist
progress-intro = Die Ringe sind die Stufen: 1 ({ $lowest }) ganz innen, { $top } ({ $top_name }) am Rand. Die gefüllte Fläche ist die letzte Einschätzung; die gestrichelte grüne Linie zeigt, wo du hinwillst. Schalte Ebenen zu, um mit früheren Gesprächen oder mit der Sicht deines Coachs zu vergleichen.
progress-nothing-rated = Noch ist nichts eingeschätzt, deshalb gibt es kein Diagramm.
progress-rate-now = Kompetenzen jetzt einschätzen
progress-too-few =
    { $n ->
        [one] Ein Netzdiagramm braucht mindestens 3 Kompetenzen, die zutreffen; ohne die als nicht zutreffend markierten bleibt { $n }. Die Tabelle unten listet trotzdem jede Einschätzung.
       *[other] Ein Netzdiagramm braucht mindestens 3 Kompetenzen, die zutreffen; ohne die als nicht zutreffend markierten bleiben { $n }. Die Tabelle unten listet trotzdem jede Einschätzung.
    }
progress-some-shown = Das Diagramm zeigt { $shown } der { $all } Kompetenzen der Liste; die Tabelle listet alle.
progress-described = Netzdiagramm von { $n } Kompetenzen; die Tabelle unten listet dieselben Einschätzungen
progress-whose-lead = Im Vordergrund
progress-mine = Meine
progress-coachs = Die des Coachs
progress-show = Im Diagramm zeigen
progress-coachs-latest = Letzte Einschätzung des Coachs
progress-my-latest = Meine letzte Einschätzung
progress-on-date = { $what } ({ $date })
progress-latest = Letzte Einschätzung
progress-targets = Zielstufen
progress-first = Erste Einschätzung
progress-previous = Vorige Einschätzung
progress-colleagues-waiting = Kollegenkreis (ab 3 Antworten)
progress-timeline = Zeitverlauf
progress-timeline-hint = Hak eine frühere Einschätzung an, um sie ins Diagramm zu holen.
progress-export = Diagramm exportieren…
progress-export-hint = Das Diagramm wie angezeigt als SVG- oder PNG-Bild speichern
progress-role-latest = letzte
progress-role-first = erste
progress-role-previous = vorige
progress-role-other = andere Sicht
progress-self-rating = Selbsteinschätzung
progress-coach-rating = Einschätzung des Coachs
progress-assessment = { $date }  { $who }, { $n } eingeschätzt
progress-assessment-role = { $text }  ({ $role })

## Über diese Person (Schritt Kann ich).
details-heading = Über diese Person
details-name = Name:
details-name-hint = Name (Techniker/in)
details-role = Rolle:
details-role-hint = z. B. Servicetechniker/in im Außendienst
details-team = Team:
details-team-hint = z. B. Regionalservice Nord
details-coach = Coach:
details-coach-hint = Mit wem das Coaching stattfindet
details-workplace = Arbeitsumfeld:
details-not-set = Nicht festgelegt
details-workplace-hint = Beispiele aus diesem Arbeitsumfeld stehen zuerst.

## Auf beiden Computern geändert.
conflicts-heading = Auf beiden Computern geändert
conflicts-intro = Das wurde hier und auf dem anderen Computer geändert, bevor sich beide abgleichen konnten. Wähl für jeden Punkt, was bleiben soll; bis dahin gilt im Profil die Version dieses Computers. Was du nicht behältst, liegt weiterhin in den Backups.
conflicts-later = Später entscheiden
conflicts-later-hint = Behält vorerst die Versionen dieses Computers; die Entscheidung wartet unten im Fenster
conflicts-this = Dieser Computer
conflicts-other = Der andere Computer
conflicts-keep-mine = Diese Version behalten
conflicts-take-theirs = Andere Version nehmen
conflicts-keep-both = Beide behalten
conflicts-keep-both-hint = Beide Texte, der von diesem Computer zuerst

## Eine Profildatei, die schon da ist.
receive-heading = „{ $name }“ ist schon da
receive-intro = Diese Datei ist die Kopie eines Profils, das du schon hast, geschickt von einem anderen Computer. Beim Aktualisieren kommt herein, was sich dort geändert hat: was dort hinzugefügt, bearbeitet oder entfernt wurde, sofern du es hier unverändert gelassen hast. Wo beide Computer dasselbe geändert haben, wählst du, was bleibt. Die ersetzte Version kommt in die Backups.
receive-brings = Was sie mitbringt: { $what }.
receive-both-changed = Auf beiden Computern geändert: { $fields }. Nach dem Aktualisieren wählst du, was bleibt.
receive-update = Profil von { $name } aktualisieren
receive-separate = Als eigenes Profil importieren
receive-cancel = Abbrechen

## Eine Rolle, in die man hineinwächst.
ladder-growing-into = Angestrebte Rolle:
ladder-choose = Rolle wählen
ladder-no-role = keine Rolle (Zielstufen behalten)
ladder-hint = Setzt die Zielstufe jeder Kompetenz auf die Stufe, die die Rolle erwartet
ladder-name = Zielstufen aus einer Rolle

## Kalender: was passiert ist.
calendar-no-date = Noch kein Datum zum Eintragen: Leg zuerst das Datum fest.
calendar-no-folder = Der Ordner { $path } ließ sich nicht anlegen: { $reason }
calendar-not-written = Die Kalenderdatei ließ sich nicht schreiben: { $reason }
calendar-event = „{ $title }“ am { $date }
calendar-saved = { $what } als { $path } gespeichert.
calendar-saved-not-opened = { $what } als { $path } gespeichert, aber kein Kalenderprogramm hat die Datei geöffnet ({ $reason }). Importier sie in deinen Kalender.
calendar-sent = { $what } an dein Kalenderprogramm geschickt, mit einer Erinnerung am Vortag. Erneutes Hinzufügen aktualisiert den Termin.
calendar-team-none = Noch hat niemand ein nächstes Gespräch im Kalender: Leg es am Ende eines Gesprächs fest.
calendar-nothing-saved = Nichts gespeichert: { $reason }
calendar-team-saved =
    { $n ->
        [one] 1 anstehendes Gespräch als { $path } gespeichert: Importier die Datei in deinen Kalender (und später erneut, um es zu aktualisieren).
       *[other] { $n } anstehende Gespräche als { $path } gespeichert: Importier die Datei in deinen Kalender (und später erneut, um sie zu aktualisieren).
    }

## Gesprächsmodus: was passiert ist.
session-no-list = Es gibt keine Empfehlungsliste, aus der sich Themen zusammenstellen lassen.
session-action-pending = Die Maßnahme „{ $text }“ ist getippt, aber noch nicht hinzugefügt: Füg sie hinzu (Ctrl+Enter) oder leer das Feld, bevor du das Gespräch verlässt oder beendest.
session-ended = Gespräch nach { $n } Min. beendet. Hier ist die Zusammenfassung.

## Belege: was passiert ist.
evidence-summary-markdown = Zusammenfassung als Markdown kopiert
evidence-summary-text = Zusammenfassung als Text kopiert
evidence-read-only = Dieses Profil ist schreibgeschützt: Hier lassen sich keine Belege hinzufügen.
evidence-attach-title = Datei anhängen
evidence-removed = Beleg entfernt (Ctrl+Z holt ihn zurück).
evidence-cannot-open = { $what } ließ sich nicht öffnen: { $reason }
evidence-file-missing = Die Datei zu diesem Eintrag ist nicht auf diesem Computer (vielleicht kam sie mit einem geschickten Profil nicht mit). Lass sie dir noch einmal schicken und häng sie an.
evidence-added = Beleg eingetragen.
evidence-changed = Beleg geändert.

## Profile: was passiert ist.
profiles-created = „{ $name }“ angelegt. Fang mit dem an, was du schon kannst.
profiles-sample-opened = Frische Kopie des Beispielprofils geöffnet
profiles-restored = „{ $name }“ wiederhergestellt.
profiles-imported = „{ $name }“ importiert
profiles-nothing-imported = Nichts importiert.
profiles-updated = „{ $name }“ aktualisiert: { $what }.
profiles-both-changed = Beide Computer haben { $fields } geändert: Wähl, was bleibt.
profiles-renamed = Umbenannt
profiles-copy-name = { $name } (Kopie)
profiles-copied = Kopie angelegt: „{ $name }“
profiles-trashed = „{ $name }“ in den Papierkorb verschoben.

## Das offene Profil: speichern, verlassen, rückgängig machen.
app-list-not-loaded = Eine Empfehlungsliste ließ sich nicht laden: { $problem }
app-saved = Gespeichert
app-settle-first = Wähl aus, welche Version bleibt (unten), bevor du dieses Profil verlässt.
app-not-saved-yet = Deine Änderungen sind noch nicht gespeichert: { $reason }
app-opened-read-only = „{ $name }“ schreibgeschützt geöffnet: { $reason }.
app-opened = „{ $name }“ geöffnet
app-unsaved = Ungespeicherte Änderungen…
app-undone = Rückgängig gemacht
app-redone = Wiederhergestellt
app-no-list = Keine Empfehlungsliste ließ sich laden, deshalb gibt es nichts zum Vergleichen.
app-list-missing = Die Liste „{ $missing }“, der dieses Profil folgt, gibt es hier nicht; stattdessen wird „{ $shown }“ angezeigt. Die Verknüpfungen zur fehlenden Liste bleiben erhalten.
app-settled-already = Dieser Konflikt ist schon geklärt.
app-note-full = Diese Notiz ist voll ({ $n } Zeichen): Was darüber hinaus getippt oder eingefügt wurde, ist weggefallen.

## Die Heatmap der Kompetenzen in der Coach-Ansicht.
heat-none = Niemand zum Anzeigen.
heat-all-lists = Alle Listen
heat-list-count = { $list } ({ $n })
heat-list = Liste
heat-legend = Jede Zelle zeigt die aktuelle Stufe: grün auf oder über der Zielstufe der Person, gelb eine Stufe darunter, rot zwei oder mehr darunter, grau, wo keine Zielstufe festgelegt ist.
heat-group =
    { $n ->
        [one] { $list }: 1 Techniker/in
       *[other] { $list }: { $n } Techniker/innen
    }
heat-described =
    { $n ->
        [one] Heatmap: { $n } Person und { $skills } Kompetenzen aus { $list }
       *[other] Heatmap: { $n } Personen und { $skills } Kompetenzen aus { $list }
    }
heat-team-average = Teamdurchschnitt
heat-cell = { $name }: { $skill }
heat-not-rated = nicht eingeschätzt
heat-target = , Zielstufe { $level }
heat-click-to-open = Klicken, um das Profil zu öffnen.
heat-no-ratings = keine Einschätzungen
heat-average = Durchschnitt { $mean }
heat-skill-average = { $skill }: { $average }
heat-thinnest = Im Team am schwächsten: { $skills }.
heat-more = { $names } und { $n } weitere
heat-teach-line = { $skill }: { $names }
heat-no-top = Noch ist niemand bei einer Kompetenz auf den obersten Stufen.
heat-could-teach = Könnten es den anderen beibringen
heat-teach-item = • { $line }
heat-average-target = Durchschnittliche Zielstufe
heat-team-average-title = Der Teamdurchschnitt
heat-radar-described = Das durchschnittliche Netzdiagramm des Teams für { $list }
heat-radar-legend = Gefüllt: die durchschnittliche Stufe des Teams. Gestrichelt: die durchschnittliche Zielstufe.

## Dateien speichern und exportieren: die Dialoge und die Meldungen danach.
filter-xlsx = Excel-Arbeitsmappe (.xlsx)
filter-csv = CSV (eine Datei pro Tabelle)
filter-html = Webseite (HTML)
filter-svg = SVG-Bild (scharf in jeder Größe)
filter-png = PNG-Bild
filter-profile = Lodestar-Profil
filter-import = Lodestar-Profil oder Antworten
filter-send = Lodestar-Profil zum Verschicken
sheet-profile-saved = Einschätzungen, Maßnahmen und Plan gespeichert in { $files }
sheet-profile-not-saved = Einschätzungen, Maßnahmen und Plan wurden nicht gespeichert: { $reason }
sheet-team-saved = Teamtabelle gespeichert in { $files }
sheet-team-not-saved = Die Teamtabelle wurde nicht gespeichert: { $reason }
sheet-list-saved = Liste gespeichert in { $files }
sheet-list-not-saved = Die Liste wurde nicht gespeichert: { $reason }
# Das Ende eines vorgeschlagenen Dateinamens, nach dem Namen der Person.
dialog-plan-file-end = { " " }Entwicklungsplan.pdf
dialog-plan-title = Entwicklungsplan exportieren
dialog-chart-title = Diagramm exportieren
dialog-chart-file-end = { " " }Netzdiagramm.svg
dialog-summary-title = Gesprächszusammenfassung speichern
dialog-summary-file-end = { " " }Gespräch { $date }.md
dialog-profile-title = Dieses Profil exportieren
dialog-import-title = Ein Profil oder Antworten aus dem Kollegenkreis importieren
dialog-send-technician-title = An Techniker/in senden
dialog-send-technician-file-end = { " " }vom Coach.lodestar
dialog-send-coach-title = An den Coach senden
dialog-send-coach-file-end = { " " }für den Coach.lodestar
send-saved-technician = „{ $file }“ für Techniker/in gespeichert, ohne deine privaten Notizen: Häng die Datei an eine E-Mail oder eine Chatnachricht.
send-saved-coach = „{ $file }“ für den Coach gespeichert: Häng die Datei an eine E-Mail oder eine Chatnachricht.
send-files-left-out = Diese Dateien zu den Belegen waren zu groß zum Mitschicken; schick sie einzeln: { $files }.
plan-saved = Plan gespeichert in { $path }
plan-saved-warning = Plan gespeichert in { $path }. { $warning }
plan-not-saved = Der Plan wurde nicht gespeichert: { $reason }
print-file-end = { " " }Entwicklungsplan { $date }.pdf
print-no-folder = { $folder } ließ sich nicht anlegen: { $reason }
print-opened = Plan geöffnet ({ $path }): Druck ihn im Betrachter aus.
print-no-viewer = Der Plan ist als { $path } gespeichert, aber kein PDF-Betrachter ließ sich öffnen ({ $reason }). Öffne ihn dort, um ihn zu drucken.
print-not-made = Der Plan ließ sich nicht erstellen: { $reason }
chart-saved = Diagramm gespeichert in { $path }
chart-not-saved = Das Diagramm wurde nicht gespeichert: { $reason }
growth-saved = Entwicklungsdiagramm gespeichert in { $path }
growth-not-saved = Das Entwicklungsdiagramm wurde nicht gespeichert: { $reason }
summary-saved = Zusammenfassung gespeichert in { $path }
summary-not-saved = Die Zusammenfassung wurde nicht gespeichert: { $reason }
profile-exported = Exportiert nach { $path }
folder-not-opened = Kein Dateimanager ließ sich öffnen ({ $reason }). Deine Daten liegen in { $folder }.
dialog-team-title = Team exportieren
dialog-team-file-end = { " " }Team.xlsx
dialog-list-title = Liste exportieren
dialog-sheet-title = Für eine Tabellenkalkulation exportieren
dialog-sheet-file-end = { " " }Einschätzungen.xlsx
dialog-form-title = Feedbackformular speichern
dialog-form-file-end = { " " }Feedbackformular.html
filter-web-page = Webseite
dialog-team-calendar-title = Anstehende Gespräche als Kalenderdatei speichern
dialog-team-calendar-name = Coaching-Gespräche
filter-calendar = Kalender

## Wenn sich das Fenster nicht öffnen lässt (ein Meldungsfenster und das Terminal).
renderer-wgpu = Direct3D, Vulkan oder Metal
renderer-default = Der Standard-Renderer
renderer-fallback = Lodestar: { $what } ließ sich nicht starten ({ $reason }); nächster Versuch mit { $next }.
no-window-intro = Lodestar konnte sein Fenster nicht öffnen: Die Grafik dieses Computers ließ sich nicht starten.
no-window-advice = Aktualisier den Grafiktreiber; in einer virtuellen Maschine oder einem Remote-Desktop schalte die 3D-Beschleunigung ein. Deine Profile sind sicher in { $folder }, und die Kommandozeile funktioniert ohne Fenster (lodestar profiles, lodestar plan …).
no-window-title = Lodestar kann sein Fenster nicht öffnen

## Zwei Computer über einen synchronisierten Ordner.
dialog-profiles-folder-title = Profile in diesem Ordner ablegen
disk-kept-mine = Deine Version gespeichert; die andere liegt in den Backups.
disk-took-theirs = Version von der Festplatte geladen.
folder-not-watched = Der Profilordner lässt sich nicht überwachen ({ $reason }): Änderungen von einem anderen Computer werden erst beim Speichern auf diesem Computer zusammengeführt, nicht sofort.
disk-merged = Ein anderer Computer hat dieses Profil geändert: zusammengeführt und gespeichert ({ $what }).
disk-too-new = { $reason } Dieses Profil ist hier jetzt schreibgeschützt; noch nicht gespeicherte Änderungen liegen in { $folder }.
copy-not-merged = Die Kopie { $file } ließ sich nicht zusammenführen: { $reason }
copy-read-only = Eine Kopie dieses Profils ({ $file }) wartet aufs Zusammenführen, aber das Profil ist hier schreibgeschützt: { $reason }.
copy-not-saved = Eine Kopie dieses Profils, die { $who } angelegt hat, wurde zusammengeführt, ließ sich aber noch nicht speichern; sie bleibt, wo sie ist.
copy-not-moved = Die Kopie { $file } wurde zusammengeführt, ließ sich aber nicht beiseitelegen: { $reason }
copy-merged = Eine Kopie dieses Profils zusammengeführt, die { $who } angelegt hat, als zwei Computer es geändert hatten ({ $what }). Die Kopie liegt in den Backups.
folder-moved = Deine Profile liegen jetzt in { $folder }.
folder-moved-merged = { $n ->
    [one] Eines davon war dort schon mit anderen Änderungen: Es ist zusammengeführt.
   *[other] { $n } davon waren dort schon mit anderen Änderungen: Sie sind zusammengeführt.
}
folder-moved-copies-stay = Die Kopien im synchronisierten Ordner bleiben dort, für deine anderen Computer.
conflicts-not-kept = Die noch offenen Entscheidungen ließen sich nicht für später aufheben ({ $reason }); kläre sie vor dem Schließen.
conflicts-all-settled = Geklärt: Die Änderungen beider Computer sind im Profil.

## Empfehlungslisten: das Menü, eine aus einer Tabelle importieren, speichern.
cancel = Abbrechen
lists-menu = Empfehlungslisten
lists-import = Liste importieren…
lists-import-hint = Das Kompetenzmodell deiner Organisation, aus einer Tabelle (.xlsx, .ods) oder CSV-Datei
lists-new = Neue Liste…
lists-edit = Diese Liste bearbeiten…
lists-edit-hint = Ihre Kompetenzen, Stufen, Ideen zum Üben und Fragen (eine eingebaute Liste als Kopie)
lists-export = Diese Liste exportieren…
lists-export-hint = Als Tabelle, die ein anderer Coach importieren kann
list-builtin-copy = Eine eingebaute Liste wird als Kopie bearbeitet: Speichere sie als deine eigene Liste.
list-nothing-changed = An den Listen wurde nichts geändert.
list-saved = Liste „{ $title }“ gespeichert ({ $n ->
    [one] 1 Kompetenz
   *[other] { $n } Kompetenzen
}).
list-removed = Liste „{ $title }“ entfernt; die Datei liegt weiterhin in { $folder }. Profile, die ihr gefolgt sind, verwenden die Standardliste, bis sie wieder da ist.
list-import-title = Empfehlungsliste importieren
filter-sheet = Tabelle oder CSV
list-import-cancelled = Import abgebrochen; keine Liste hinzugefügt.
list-imported = Liste „{ $title }“ importiert: { $n ->
    [one] 1 Kompetenz
   *[other] { $n } Kompetenzen
}, Stufen: { $levels }.
list-imported-followed = Dieses Profil folgt ihr jetzt.
list-import-no-sheets = Die Datei hat keine Tabellenblätter mit Text.
list-import-from = Aus { $file }. Gib an, was in jeder Spalte steht; unten siehst du die ersten Zeilen der Datei.
list-import-field-title = Titel
list-import-sheet = Tabellenblatt
list-import-headings = Die erste Zeile enthält Überschriften
list-import-ready = Bereit: { $n ->
    [one] 1 Kompetenz
   *[other] { $n } Kompetenzen
}, Stufen: { $levels } ({ $count } Stufen).
list-import-use-for = Für { $name } verwenden
list-import-button = Importieren
list-import-column = Spalte { $letter }
list-import-more-rows =
    { $n ->
        [one] … und { $n } weitere Zeile
       *[other] … und { $n } weitere Zeilen
    }
list-import-no-levels = Keine Spalte ist eine Stufe: Die Liste wird auf den üblichen fünf Stufen eingeschätzt. Wähl „Stufe 1“, „Stufe 2“ … für die Spalten, die die Stufen beschreiben.
list-import-level-names = Die Namen der Stufen, von unten nach oben:
list-import-level-name = Name der Stufe { $n }
list-editor-new-title = Meine Empfehlungsliste
list-editor-name-first = Gib zuerst den Namen der neuen Kompetenz ein.
list-editor-name-long = Der Name einer Kompetenz hat höchstens { $max } Zeichen.
list-editor-name-taken = „{ $name }“ steht schon auf der Liste.
list-editor-no-title = Gib der Liste einen Titel.
list-editor-no-skills = Füg mindestens eine Kompetenz hinzu.
list-editor-some-levels = „{ $name }“ beschreibt { $described } der { $levels } Stufen: Beschreib jede Stufe oder keine.
list-editor-invalid = Die Liste lässt sich nicht speichern: { $reason }.
list-editor-copy-of = Kopie von „{ $title }“
list-editor-heading-new = Eine neue Empfehlungsliste
list-editor-heading-edit = Empfehlungsliste bearbeiten
list-editor-duplicate = Duplizieren
list-editor-duplicate-hint = Mit einer Kopie dieser Liste als neue Liste weitermachen
list-editor-save = Liste speichern
list-editor-export = Exportieren…
list-editor-export-hint = Als Tabelle, die ein anderer Coach importieren kann (.xlsx oder CSV)
list-editor-remove = Diese Liste entfernen
list-editor-levels = Stufen:
list-editor-skills = Kompetenzen ({ $n })
list-editor-up = Nach oben
list-editor-up-hint = { $name } nach oben schieben
list-editor-down = Nach unten
list-editor-down-hint = { $name } nach unten schieben
list-editor-remove-skill = Entfernen
list-editor-remove-skill-hint = { $name } entfernen
list-editor-new-skill = Name der neuen Kompetenz
list-editor-add-skill = Kompetenz hinzufügen
list-editor-none-selected = Füg eine Kompetenz hinzu, um sie hier zu beschreiben.
list-editor-name = Name
list-editor-description = Beschreibung
list-editor-level = Stufe { $n } – { $name }
list-editor-keywords = Schlagwörter (getrennt durch ;)
list-editor-strategies = Ideen zum Üben (eine pro Zeile)
list-editor-questions = Coaching-Fragen (eine pro Zeile)
list-editor-id = ID: { $id } (Einschätzungen hängen an der ID, ein neuer Name behält sie also)

## Wörter der Domäne: wer eingeschätzt hat, der Stand einer Maßnahme, wer dabei war, Arbeitsumfelder.
rater-self = Selbst
rater-coach = Coach
rater-in-sentence = { $rater ->
    [self] selbst
   *[coach] Coach
}
status-not-started = Nicht begonnen
status-in-progress = In Arbeit
status-achieved = Erreicht
status-paused = Pausiert
witness-myself = Nur ich
witness-coach = Der Coach
witness-colleague = Jemand aus dem Team
witness-customer = Kundschaft
witness-in-sentence = { $witness ->
    [self] ich selbst
    [coach] der Coach
    [colleague] jemand aus dem Team
   *[customer] die Kundschaft
}
workplace-it = IT-Support
workplace-field-service = Außendienst
workplace-lab = Labor
workplace-healthcare = Gesundheitswesen
workplace-manufacturing = Produktion
workplace-utilities = Versorger
workplace-other = Sonstiges

## Die Standardskala der eingebauten Listen: der Name jeder Stufe und was sie
## für jede Kompetenz bedeutet (aus Sicht der Person selbst).
level-1-name = Am Anfang
level-1-meaning = Das mache ich bisher selten oder nur, wenn mich jemand darum bittet.
level-2-name = In Ansätzen
level-2-meaning = Das mache ich ab und zu, mit Mühe, und das Ergebnis schwankt.
level-3-name = Im Aufbau
level-3-meaning = Das mache ich regelmäßig in vertrauten Situationen, und meistens klappt es.
level-4-name = Verlässlich
level-4-meaning = Das mache ich zuverlässig, auch unter Druck und in neuen Situationen.
level-5-name = Hilft anderen
level-5-meaning = Das mache ich ganz selbstverständlich und helfe anderen im Team, darin besser zu werden.
level-named = { $n } ({ $name })
level-described = { $n } ({ $name }): { $meaning }
star-situation = Situation
star-task = Aufgabe
star-action = Vorgehen
star-result = Ergebnis
star-line = { $heading }: { $text }
answer-unsigned = Jemand aus dem Kollegenkreis (ohne Namen)

## Was die Änderungen eines anderen Computers mitgebracht haben (mit Kommas verbunden).
merge-have-added = { $n ->
    [one] 1 neuer Kann-ich-Eintrag
   *[other] { $n } neue Kann-ich-Einträge
}
merge-want-added = { $n ->
    [one] 1 neuer Will-ich-Eintrag
   *[other] { $n } neue Will-ich-Einträge
}
merge-self-ratings = { $n ->
    [one] 1 Selbsteinschätzung
   *[other] { $n } Selbsteinschätzungen
}
merge-coach-ratings = { $n ->
    [one] 1 Einschätzung des Coachs
   *[other] { $n } Einschätzungen des Coachs
}
merge-sessions-added = { $n ->
    [one] 1 Gespräch
   *[other] { $n } Gespräche
}
merge-evidence-added = { $n ->
    [one] 1 neuer Beleg
   *[other] { $n } neue Belege
}
merge-actions-added = { $n ->
    [one] 1 neue Maßnahme
   *[other] { $n } neue Maßnahmen
}
merge-actions-done = { $n ->
    [one] 1 Maßnahme erledigt
   *[other] { $n } Maßnahmen erledigt
}
merge-removed = { $n ->
    [one] 1 Eintrag dort gelöscht
   *[other] { $n } Einträge dort gelöscht
}
merge-conflicts = { $n ->
    [one] 1 Konflikt
   *[other] { $n } Konflikte
}
merge-new-name = neuer Name
merge-new-role = neue Rolle
merge-new-team = neues Team
merge-new-coach = neuer Coach
merge-new-workplace = neues Arbeitsumfeld
merge-new-list = andere Empfehlungsliste
merge-targets-changed = Zielstufen geändert
merge-new-role-aimed-for = andere angestrebte Rolle
merge-plan-changed = Plan geändert
merge-sessions-edited = Gespräche bearbeitet
merge-other-changes = weitere Änderungen
merge-nothing-new = nichts Neues

## Ein Feld, das beide Computer geändert haben, nach seinem Schlüssel in der Profildatei.
conflict-field = { $field ->
    [name] Name
    [role] Rolle
    [team] Team
    [coach] Coach
    [workplace] Arbeitsumfeld
    [catalog] Empfehlungsliste
    [aiming_for] Angestrebte Rolle
    [text] Text
    [note] Notiz
    [skill] Kompetenz
    [skills] Kompetenzen
    [date] Datum
    [duration_minutes] Dauer
    [agenda] Themen
    [notes] Notizen
    [private_notes] Private Notizen
    [prompts] Fragen
    [assessment] Einschätzungen
    [actions] Maßnahmen
    [next_date] Nächster Termin
    [next_time] Nächste Uhrzeit
    [next_minutes] Nächste Dauer
    [discussed] Besprochen
    [seen_by] Dabei
    [who] Wer
    [link] Link
    [file] Datei
    [goal] Ziel
    [resources] Ressourcen
    [measure] Erfolgsmaß
    [target_date] Zieldatum
    [status] Stand
    [owner] Verantwortlich
    [due] Fällig am
    [focus] Schwerpunkte
    [review_date] Überprüfungsdatum
   *[other] { $field }
}
conflict-target = Zielstufe für { $skill }
conflict-item = { $field } von „{ $text }“
conflict-session = { $field } im Gespräch vom { $date }
conflict-evidence = { $field } des Belegs „{ $what }“
conflict-plan = Plan: { $field }

## Was ein getippter Text ist, in den Sätzen unten: „{ $what } ist leer“ (mit Artikel, großgeschrieben).
field-name = Der Name
field-role = Die Rolle
field-team = Das Team
field-coach = Der Coach
field-coach-s-name = Der Name des Coachs
field-role-aimed-for = Die angestrebte Rolle
field-text-of-a-have-or-want-item = Der Text eines Kann-ich- oder Will-ich-Eintrags
field-coach-of-a-session = Der Coach eines Gesprächs
field-line-of-a-session-s-agenda = Eine Themenzeile eines Gesprächs
field-question-asked-in-a-session = Eine in einem Gespräch gestellte Frage
field-text-of-an-action = Der Text einer Maßnahme
field-owner-of-an-action = Die verantwortliche Person einer Maßnahme
field-goal-of-a-focus-skill = Das Ziel eines Schwerpunkts
field-measure-of-a-focus-skill = Das Erfolgsmaß eines Schwerpunkts
field-text-of-a-resource = Der Text einer Ressource
field-note-of-an-item = Die Notiz zu einem Eintrag
field-note-of-an-assessment = Die Notiz zu einer Einschätzung
field-note-of-a-session = Die Notiz zu einem Gespräch
field-private-note-of-a-session = Die private Notiz zu einem Gespräch
field-answer-to-a-question = Die Antwort auf eine Frage
field-signed-name-of-an-answer = Der angegebene Name zu einer Antwort
field-name-of-who-saw-a-piece-of-evidence = Der Name der Person, die bei einem Beleg dabei war
field-link-of-a-piece-of-evidence = Der Link eines Belegs
field-quality = Die Eigenschaft
field-note = Die Notiz
field-description-of-what-happened = Die Beschreibung, was passiert ist
field-name-of-who-saw-it = Der Name der Person, die dabei war
field-link = Der Link
field-signed-name = Der angegebene Name
field-example = Das Beispiel
field-colleague-example = Das Beispiel aus dem Kollegenkreis
field-evidence = Der Beleg

## Getippter Text, der abgelehnt oder gekürzt wird (eine Datei von anderswo).
text-empty = { $what } ist leer. Tipp mindestens einen Buchstaben.
text-too-long = { $what } ist zu lang: { $len } Zeichen, höchstens { $max } passen.
text-cut = { $what } war { $len } Zeichen lang; die ersten { $max } wurden behalten.
profile-unnamed = Ohne Namen
profile-had-no-name = Das Profil hatte keinen Namen; es heißt jetzt „{ $name }“.
profile-empty-items = { $n ->
    [one] Ein leerer Kann-ich- oder Will-ich-Eintrag wurde weggelassen.
   *[other] { $n } leere Kann-ich- oder Will-ich-Einträge wurden weggelassen.
}
answer-level-left-out = Eine Stufe aus dem Kollegenkreis, die über der Skala der Liste liegt, wurde weggelassen.
evidence-link-left-out = Ein Link, der keine Webadresse ist, wurde weggelassen: „{ $link }“.
evidence-empty-left-out = { $n ->
    [one] Ein leerer Beleg wurde weggelassen.
   *[other] { $n } leere Belege wurden weggelassen.
}
evidence-no-skill = Gib an, welche Kompetenz das zeigt: Wähl mindestens eine.
evidence-link-not-web = Der Link „{ $link }“ ist keine Webadresse. Lass ihn mit https:// (oder http://, mailto:) beginnen oder häng stattdessen die Datei an.

## Eingelesene Antworten aus dem Kollegenkreis.
answers-unsigned = Antworten ohne Namen
answers-signed = Die Antworten von { $name }
answers-added = { $who } wurden zum Feedback für { $profile } hinzugefügt
answers-replaced = { $who } ersetzen die zuvor aus demselben Formular gespeicherten, im Feedback für { $profile }
answers-already = { $who } wurden schon früher eingelesen; am Feedback für { $profile } hat sich nichts geändert.
answers-count-shows = { $what }: { $n ->
    [one] 1 Antwort
   *[other] { $n } Antworten
}, deshalb erscheint die Sicht des Kollegenkreises unter Fortschritt (Netzdiagramm, Tabelle und Entwicklungsdiagramm).
answers-count-none-rated = { $what }: { $n ->
    [one] 1 Antwort
   *[other] { $n } Antworten
}, aber noch keine Kompetenz wurde von { $min } Personen eingeschätzt, deshalb gibt es nichts anzuzeigen.
answers-count-so-far = { $what }: bisher { $n ->
    [one] 1 Antwort
   *[other] { $n } Antworten
}. Die Sicht des Kollegenkreises erscheint, sobald { $min } geantwortet haben, damit sich keine einzelne Antwort herauslesen lässt.

## Kalendereinträge (.ics) für Gespräche, fällige Maßnahmen und die Überprüfung des Plans.
cal-session-title = Coaching-Gespräch: { $name }
cal-session-title-with = Coaching-Gespräch: { $name } mit { $coach }
cal-session-description = Vereinbart im Gespräch vom { $date }. Öffne Lodestar, um die Themen zu sehen.
cal-due-title = Fällig: { $action } ({ $name })
cal-due-description = Eine im Coaching vereinbarte Maßnahme.
cal-due-description-owner = Eine im Coaching vereinbarte Maßnahme; verantwortlich: { $owner }.
cal-review-title = Entwicklungsplan überprüfen: { $name }
cal-review-description = Zeit, den Plan noch einmal anzusehen: Was hat funktioniert, was ändern wir, was kommt als Nächstes?

## Die Themenzeilen eines Gesprächs (beim Gespräch gespeichert) und seine Zusammenfassung.
agenda-line-review-actions = { $n ->
    [one] 1 offene Maßnahme durchgehen
   *[other] { $n } offene Maßnahmen durchgehen
}
agenda-line-gap = { $skill }: von { $from } in Richtung { $to }
agenda-line-calibration = { $skill }: selbst { $self_level } und Coach { $coach_level } weichen voneinander ab
agenda-line-blind-spot = { $skill }: noch auf keiner der beiden Listen
agenda-line-unbacked = { $skill }: von { $from } auf { $to } höher eingeschätzt; woran zeigt sich das?
summary-title = Coaching-Gespräch: { $name }, { $date }
summary-coach = Coach: { $coach }
summary-minutes =
    { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
summary-talked-about = Worüber wir gesprochen haben
summary-discussed-skill = { $skill } (eine Kompetenz, die noch auf keiner der beiden Listen steht)
summary-notes = Notizen
summary-reflections = Reflexionen
summary-rating-changes = Geänderte Einschätzungen
summary-actions = Vereinbarte Maßnahmen
summary-next = Nächstes Gespräch
summary-private = Private Notizen des Coachs
# $who ist "self" oder "coach".
summary-change = { $skill } ({ $who ->
    [self] selbst
   *[coach] Coach
}): von { $from } auf { $to }
summary-first-rating = { $skill } ({ $who ->
    [self] selbst
   *[coach] Coach
}): { $level }
summary-owner = verantwortlich: { $owner }
summary-due = fällig am { $date }
action-open = offen
action-done = erledigt
action-dropped = verworfen

## Getippten Text den Kompetenzen einer Liste zuordnen. Wörter, die nichts über eine Kompetenz sagen,
## durch Leerzeichen getrennt, kleingeschrieben; keine Verneinungen („nicht“, „kein“). Hier: die deutsche
## Snowball-Stoppwortliste ohne Verneinungen, dazu Füllwörter wie „gut“, „besser“, „mehr“,
## „lernen“, „verbessern“, „Fähigkeit“.
matching-stop-words =
    aber alle allem allen aller alles als also am an ander andere anderem anderen
    anderer anderes anderm andern anderr anders auch auf aus bei bin bis bist da
    damit dann der den des dem die das daß dass derselbe derselben denselben
    desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen
    deiner deines denn derer dessen dich dir du dies diese diesem diesen dieser
    dieses doch dort durch ein eine einem einen einer eines einig einige einigem
    einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren
    eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter
    ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede
    jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann können könnte
    machen man manche manchem manchen mancher manches mein meine meinem meinen
    meiner meines mit muss musste nach noch nun nur ob oder ohne sehr sein seine
    seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem
    solchen solcher solches soll sollte sondern sonst über um und uns unsere
    unserem unseren unser unseres unter viel vom von vor während war waren warst
    was weg weil weiter welche welchem welchen welcher welches wenn werde werden
    wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar
    zwischen
    besser mehr möchte möchten gern gerne fähigkeit fähigkeiten kompetenz
    kompetenzen wirklich ganz gut echt lernen lerne verbessern verbessere
    willst möchtest kannst stärker
# Artikel, die vor einem Apostroph abgeschnitten werden (im Französischen das „l“ in „l’équipe“),
# durch Leerzeichen getrennt; im Deutschen keine.
matching-elisions = { "" }

## Der Vergleich in einer Zeile, und wie nah eine Rolle der Rollenstufen der Liste ist.
compare-summary = { $strong } von { $total } empfohlenen Kompetenzen { $strong ->
    [one] ist schon eine Stärke
   *[other] sind schon Stärken
}; { $want } willst du ausbauen; { $blind ->
    [one] { $blind } lohnt ein Gespräch
   *[other] { $blind } lohnen ein Gespräch
}.
ladder-met = { $role }: bei { $met } von { $expected ->
    [one] 1 Kompetenz
   *[other] { $expected } Kompetenzen
} auf oder über der Erwartung
# Jede dieser Nachrichten setzt ladder-met fort.
ladder-ready = ; bereit.
ladder-gaps-even = ; bei { $n } fehlt noch jeweils { $size ->
    [one] 1 Stufe
   *[other] { $size } Stufen
}.
ladder-gaps = ; bei { $n } fehlt noch etwas, am meisten bei { $skill }: { $size ->
    [one] 1 Stufe
   *[other] { $size } Stufen
}.
ladder-unrated = { $n ->
    [one] 1 Kompetenz ist noch nicht eingeschätzt.
   *[other] { $n } Kompetenzen sind noch nicht eingeschätzt.
}

## Der Entwicklungsplan (PDF, Markdown, Webseite).
plan-title = Entwicklungsplan
plan-title-of = Entwicklungsplan: { $name }
plan-where-i-stand = Wo ich stehe
plan-focus-skills = Schwerpunkte
plan-print-no-focus = Noch keine Schwerpunkte gewählt.
plan-simple-not-easy = Diese Schritte sind schnell aufgeschrieben und schwerer umgesetzt: Rechne mit Wochen an Übung, nicht mit einem Tag. Wenn viel los ist, fällt die Zeit mit Menschen meist als Erstes weg, weil sie sich erst langsam auszahlt. Halte dir deshalb bewusst etwas davon frei.
plan-focus-status = Stand: { $status }
plan-focus-status-date = Stand: { $status } · Zieldatum { $date }
plan-print-goal = Ziel:
plan-now-at = Aktuell
plan-aiming-for = Zielstufe
plan-for-example = Zum Beispiel ({ $place }):
plan-evidence-so-far = Belege bisher:
plan-print-resources = Ressourcen:
plan-success = Woran du den Erfolg erkennst:
plan-growth = Entwicklung über die Zeit
plan-growth-note = Die Stufen jeder Kompetenz bei jeder Einschätzung; Dreiecke markieren Belege, Häkchen erledigte Maßnahmen.
plan-open-actions = Offene Maßnahmen aus den Coaching-Gesprächen
plan-col-action = Maßnahme
plan-col-owner = Verantwortlich
plan-col-due = Fällig
plan-col-agreed = Vereinbart
plan-col-status = Stand
plan-overdue = überfällig
plan-signatures = Unterschriften
plan-technician = Techniker/in
plan-coach = Coach
plan-date = Datum
plan-sign-technician = Techniker/in, Datum
plan-sign-coach = Coach, Datum
plan-page = Seite
# Seitenzählung von Typst: Die erste „1“ ist diese Seite, die zweite die letzte;
# die Buchstaben a, i, A und I dürfen nicht darin vorkommen.
plan-page-of = 1 von 1
plan-fact-coach = Coach: { $coach }
plan-fact-date = Datum: { $date }
plan-fact-dates = Datum: { $date } · Überprüfung: { $review }
plan-list-strengths = Stärken, die du genannt hast
plan-list-growing = Auf dem richtigen Weg
plan-list-talk = Lohnt ein Gespräch
plan-list-own-strengths = Meine eigenen Stärken
plan-list-own-goals = Meine eigenen Ziele
plan-growing-into = Auf dem Weg in die Rolle { $what }
plan-evidence-line = { $date }: { $text }
plan-evidence-seen = { $date }: { $text } (dabei: { $who })
plan-evidence-seen-named = { $date }: { $text } (dabei: { $who }, { $name })
plan-template-failed = Deine Vorlage { $path } ließ sich nicht verwenden ({ $reason }); stattdessen wurde das eingebaute Layout verwendet.

## Die Ebenen und Legenden der Diagramme. In layer-assessment ist $which
## "first", "previous", "latest" oder ein anderes Wort (eine frühere
## Einschätzung); $rater ist "self" oder "coach".
layer-assessment = { $which ->
    [first] { $rater ->
        [self] Erste Selbsteinschätzung
       *[coach] Erste Einschätzung des Coachs
    }
    [previous] { $rater ->
        [self] Vorige Selbsteinschätzung
       *[coach] Vorige Einschätzung des Coachs
    }
    [latest] { $rater ->
        [self] Letzte Selbsteinschätzung
       *[coach] Letzte Einschätzung des Coachs
    }
   *[other] { $rater ->
        [self] Selbsteinschätzung
       *[coach] Einschätzung des Coachs
    }
}, { $date }
layer-target = Zielstufe
layer-colleagues = Kollegenkreis ({ $n ->
    [one] 1 Antwort
   *[other] { $n } Antworten
}), { $date }
growth-key-self = Selbst
growth-key-coach = Coach
growth-key-colleagues = Kollegenkreis
growth-key-target = Zielstufe
growth-key-evidence = Beleg
growth-key-action-done = Maßnahme erledigt
cal-name = Lodestar-Coaching
cal-tomorrow = Morgen: { $title }

## Tabellen: die Spalten einer exportierten Liste (beim Import in jeder
## Sprache wiedererkannt) und warum ein Import abgelehnt wird.
sheet-col-ignore = (nicht verwendet)
sheet-col-skill = Kompetenz
sheet-col-id = ID
sheet-col-description = Beschreibung
sheet-col-keywords = Schlagwörter
sheet-col-level = Stufe { $name }
sheet-col-examples = Beispiele für Stufe { $name }
sheet-col-strategies = Ideen zum Üben
sheet-col-prompts = Coaching-Fragen
sheet-col-role = Rolle: { $name }
import-no-skill-column = Gib an, in welcher Spalte die Namen der Kompetenzen stehen.
import-unusable = Die Liste lässt sich nicht verwenden: { $reason }.
import-title-long = Der Titel ist zu lang: Höchstens { $max } Zeichen passen.
import-names-no-levels = Es sind Namen für Stufen angegeben, aber keine Spalte ist eine Stufe.
import-level-twice = Zwei Spalten sind Stufe { $n }; gib jeder Stufe eine eigene Spalte.
import-level-missing = Keine Spalte ist Stufe { $n }; die Stufen müssen lückenlos ab 1 durchnummeriert sein.
import-too-many-names = Es sind { $names } Namen für Stufen angegeben, aber { $columns ->
    [one] nur 1 Stufenspalte
   *[other] nur { $columns } Stufenspalten
}.
import-level-name-long = Der Stufenname „{ $name }“ ist zu lang: Höchstens 40 Zeichen passen.
import-level-names = Die Namen der Stufen: { $reason }.
sheet-ratings = Einschätzungen
sheet-actions = Maßnahmen
sheet-plan = Plan
sheet-team = Team
sheet-list = Liste
sheet-default-name = Tabelle
sheet-not-applicable = Trifft nicht zu
sheet-agreed-session = Gespräch vom { $date }
sheet-agreed-plan = Plan: { $skill }
sheet-col-date = Datum
sheet-col-rated-by = Eingeschätzt von
sheet-col-level-number = Stufe
sheet-col-level-name = Name der Stufe
sheet-col-target = Zielstufe
sheet-col-note = Notiz
sheet-col-focus-skill = Schwerpunkt
sheet-col-goal = Ziel
sheet-col-now = Aktuell
sheet-col-measure = Erfolgsmaß
sheet-col-target-date = Zieldatum
sheet-col-resources = Ressourcen
sheet-col-technician = Techniker/in
sheet-col-job-role = Rolle
sheet-col-team = Team
sheet-col-coach = Coach
sheet-col-list = Liste
sheet-col-last-rated = Zuletzt eingeschätzt
sheet-col-skill-target = { $skill }: Zielstufe
copy-by-lodestar-moving = Lodestar beim Verschieben des Profilordners
copy-by-drive-or-onedrive = Google Drive oder OneDrive
copies-merged = Eine Kopie von „{ $name }“ zusammengeführt, die { $who } angelegt hat, als zwei Computer das Profil geändert hatten ({ $what }). Die Kopie liegt in den Backups.
copies-restored = „{ $name }“ fehlte; die Kopie, die { $who } davon angelegt hatte ({ $file }), ist jetzt das Profil.
copies-need-choice = Eine Kopie von „{ $name }“, die { $who } angelegt hat, ändert dieselben Dinge anders ({ $fields }). Öffne „{ $name }“ in Lodestar, um zu wählen; bis dahin bleibt die Kopie, wo sie ist.

## Probleme mit Dateien und Ordnern. In io-failed ist $action das, was gerade
## getan werden sollte.
io-failed = { $action ->
    [read] { $path } ließ sich nicht lesen
    [save] { $path } ließ sich nicht speichern
    [create] { $path } ließ sich nicht anlegen
    [lock] { $path } ließ sich nicht sperren
    [move] { $path } ließ sich nicht verschieben
    [remove] { $path } ließ sich nicht entfernen
    [restore] { $path } ließ sich nicht wiederherstellen
    [move-aside] { $path } ließ sich nicht zur Seite verschieben
    [set-aside] { $path } ließ sich nicht beiseitelegen
    [move-to-the-trash] { $path } ließ sich nicht in den Papierkorb verschieben
    [open-the-lock-file] Die Sperrdatei { $path } ließ sich nicht öffnen
    [read-the-folder] Der Ordner { $path } ließ sich nicht lesen
    [create-the-folder] Der Ordner { $path } ließ sich nicht anlegen
   *[other] { $path } ließ sich nicht verarbeiten ({ $action })
}: { $reason }.
io-disk-full = der Datenträger ist voll. Mach etwas Platz frei und versuch es noch einmal
io-permission = der Zugriff wurde verweigert
io-no-folder = der Ordner dafür existiert nicht
io-not-found = der Pfad existiert nicht
io-read-only = der Datenträger ist schreibgeschützt
io-quota = dein Speicherkontingent ist aufgebraucht
io-too-large = die Datei ist größer, als dieses System erlaubt (eine Größenbeschränkung oder ein voller Datenträger). Mach etwas Platz frei und versuch es noch einmal
store-corrupt = Die Profildatei { $path } ließ sich nicht lesen ({ $reason }). Sie wurde als { $set_aside } beiseitegelegt und nicht verändert; deine anderen Profile sind in Ordnung.
store-not-a-profile = { $path } ist kein Lodestar-Profil: { $reason }
store-too-new = „{ $name }“ wurde von einer neueren Lodestar-Version gespeichert (Dateiformat { $found }, diese Version liest bis { $supported }). Aktualisier Lodestar, um es zu öffnen; die Datei wurde nicht verändert.
store-read-only = „{ $name }“ ist hier schreibgeschützt: { $reason }. Deine Änderungen wurden nicht gespeichert.
store-changed-on-disk = „{ $name }“ wurde seit dem Öffnen von einem anderen Programm (einem synchronisierten Ordner, einem anderen Computer) auf der Festplatte geändert oder entfernt. Nichts wurde überschrieben: Lad neu, um die andere Version zu sehen, oder behalte deine, um sie zu ersetzen.
store-no-such-profile = Kein Profil passt zu „{ $query }“. `lodestar profiles` listet sie auf.
store-ambiguous = „{ $query }“ passt zu mehreren Profilen: { $matches }. Nimm stattdessen die ID.
store-merge = Die beiden Versionen ließen sich nicht zusammenführen: { $reason }. Nichts wurde geändert.
store-catalog = Die Listendatei { $file } hat ein Problem: { $message }
store-catalog-line = Die Listendatei { $file } hat in Zeile { $line } ein Problem: { $message }
store-catalog-exists = Eine Liste mit der ID „{ $id }“ gibt es schon. Gib dieser Liste einen anderen Titel.
store-answer-file = { $path } ist keine Antwortdatei aus dem Kollegenkreis, die Lodestar lesen kann: { $reason }. Nichts wurde eingelesen.
store-answers = Diese Antworten lassen sich nicht einlesen: { $reason }.
store-not-a-folder = { $path } kann die Profile nicht aufnehmen: { $reason }. Nichts wurde verschoben.
folder-is-a-file = das ist eine Datei
folder-inside-settings = der Ordner liegt im eigenen Einstellungsordner von Lodestar; wähl einen Ordner außerhalb davon, etwa einen in deinem synchronisierten Ordner
folder-profile-open-elsewhere = es ist in einem anderen Lodestar-Fenster geöffnet; schließ es dort zuerst

## Die Kommandozeile.
cli-unknown-language = Lodestar spricht „{ $tag }“ nicht, nur { $known }.
cli-sent-technician = „{ $name }“ (ohne die privaten Notizen) gespeichert in { $file }, fertig zum Verschicken.
cli-sent-coach = „{ $name }“ gespeichert in { $file }, fertig zum Verschicken.
cli-exported = „{ $name }“ exportiert nach { $file }.
cli-list-imported = Liste „{ $title }“ als { $id } importiert ({ $n ->
    [one] 1 Kompetenz
   *[other] { $n } Kompetenzen
}, Stufen: { $levels }).
cli-moved = Die Profile liegen jetzt in { $folder } ({ $how }).
cli-moved-count = { $n } verschoben
cli-moved-same = { $n } schon dort
cli-moved-merged = { $n } anders als die Kopie, die schon dort lag: jetzt zusammengeführt
cli-no-profiles = Noch keine Profile in { $folder }.
cli-wrote-plan = Plan von „{ $name }“ gespeichert in { $file }.
cli-wrote-growth = Entwicklungsdiagramm von „{ $name }“ gespeichert in { $file }.
cli-wrote-chart = Netzdiagramm von „{ $name }“ gespeichert in { $file }.
cli-no-such-list = Es gibt keine Liste „{ $id }“. `lodestar catalogs` zeigt die Listen.
cli-no-list-at-all = Es ist keine Empfehlungsliste verfügbar
cli-list-missing = Warnung: Die Liste „{ $missing }“ fehlt; verglichen wird mit „{ $used }“
cli-compared = { $name } – verglichen mit „{ $list }“
cli-section-strengths = Stärken – kannst du schon, beibehalten:
cli-section-deepen = Stärken, bei denen du noch weiter willst:
cli-section-right-track = Auf dem richtigen Weg – das willst du, und es wird empfohlen:
cli-section-blind-spots = Lohnt ein Gespräch – empfohlen, aber noch auf keiner der beiden Listen:
cli-section-own-strengths = Deine eigenen Stärken:
cli-section-own-goals = Deine eigenen Ziele:
cli-section-own-deepen = Deine eigenen Stärken, bei denen du noch weiter willst:
cli-section-links = Mögliche Verknüpfungen, nicht übernommen (bestätige sie in der App):
cli-note = Hinweis: { $line }
cli-imported = „{ $name }“ als { $id } importiert.
cli-updated = „{ $name }“ aktualisiert: { $what }.
cli-conflict-kept = { $field }: Deine Version ({ $mine }) wurde behalten; die andere war { $theirs }.
cli-conflicts-hint = Ändere diese Punkte in der App, wo die andere Version richtig ist.
cli-wrote-form = Feedbackformular für „{ $name }“ ({ $n ->
    [one] 1 Kompetenz
   *[other] { $n } Kompetenzen
}, Feedbackrunde { $request }) gespeichert in { $file }. Schick es als E-Mail-Anhang an Kolleginnen und Kollegen; jede Person speichert eine Antwortdatei und schickt sie zurück. Lies sie mit `lodestar import FILE` ein.
cli-whose-one = „{ $name }“
cli-whose-all = alle Techniker/innen
cli-cal-sessions = { $n ->
    [one] 1 Gespräch
   *[other] { $n } Gespräche
}
cli-cal-actions = { $n ->
    [one] 1 fällige Maßnahme
   *[other] { $n } fällige Maßnahmen
}
cli-cal-reviews = { $n ->
    [one] 1 Überprüfung des Plans
   *[other] { $n } Überprüfungen des Plans
}
cli-cal-empty = Für { $whose } steht nichts an: kein nächstes Gespräch, keine fällige Maßnahme und keine Überprüfung ab dem { $today }. Leeren Kalender gespeichert in { $file }.
cli-cal-written = Kalender für { $whose } ({ $what }) gespeichert in { $file }. Öffne ihn mit deinem Kalenderprogramm; wenn du ihn später erneut importierst, werden dieselben Termine aktualisiert.
cli-wrote = Gespeichert in { $file }: { $what }.
cli-wrote-also = und in { $file }
cli-what-profile-sheet = die Einschätzungen, Maßnahmen und der Plan von „{ $name }“
cli-what-team = das Team ({ $n ->
    [one] 1 Techniker/in
   *[other] { $n } Techniker/innen
})
cli-what-list = die Liste „{ $title }“

## Warum sich eine Liste, eine Skala, Antworten aus dem Kollegenkreis oder ein
## Export nicht verwenden lassen (diese Texte setzen einen Satz fort, deshalb
## beginnen die meisten klein).
catalog-no-title = die Liste hat keinen Titel
catalog-no-id = die Liste hat keine ID
catalog-no-skills = die Liste hat keine Kompetenzen
catalog-unnamed-skill = die { $n }. Kompetenz hat keinen Namen
catalog-no-skill-id = die { $n }. Kompetenz hat keine ID
catalog-skill-twice = die Kompetenz-ID „{ $id }“ kommt zweimal vor
catalog-level-count = die Kompetenz „{ $skill }“ beschreibt { $count ->
    [one] 1 Stufe
   *[other] { $count } Stufen
}; die Skala der Liste hat { $scale }, also müssen es { $scale } sein (oder keine)
catalog-scale = die Skala der Liste: { $reason }
catalog-unnamed-role = die { $n }. Rolle hat keinen Namen
catalog-role-twice = die Rolle „{ $role }“ kommt zweimal vor
catalog-role-skill = die Rolle „{ $role }“ erwartet eine Stufe bei „{ $skill }“, aber diese Kompetenz steht nicht auf der Liste
catalog-role-level = die Rolle „{ $role }“ erwartet Stufe { $level } bei „{ $skill }“; die Skala reicht nur bis { $top }
scale-count = eine Skala braucht { $min } bis { $max } Stufen; diese hat { $n }
scale-unnamed = die Stufe { $n } der Skala hat keinen Namen
scale-twice = die Skala nennt „{ $name }“ zweimal
merge-different-profiles = die beiden Dateien sind verschiedene Profile („{ $mine }“ und „{ $theirs }“)
merge-unreadable = das zusammengeführte Profil ließ sich danach nicht lesen: { $reason }
answers-newer-format = diese Antworten wurden mit dem Formular einer neueren Lodestar-Version gespeichert (Format { $format }); aktualisier Lodestar, um sie einzulesen
answers-other-request = diese Antworten gehören zu einer Feedbackrunde, die nicht im Profil von { $name } steht: Vielleicht sind sie für eine andere Technikerin oder einen anderen Techniker, oder die Runde wurde auf einem anderen Computer gestartet. Nichts wurde eingelesen
answers-unknown-skill = die Antworten nennen die Kompetenz „{ $skill }“, nach der die Feedbackrunde nicht gefragt hat: Die Datei wurde verändert, nachdem das Formular sie gespeichert hatte. Nichts wurde eingelesen; bitte die Person, dir die Datei noch einmal zu schicken
answers-skill-twice = die Antworten nennen die Kompetenz „{ $skill }“ zweimal: Die Datei wurde verändert, nachdem das Formular sie gespeichert hatte. Nichts wurde eingelesen
answers-level-out-of-range = die Antworten geben „{ $skill }“ die Stufe { $level }, gefragt war aber 1 bis { $top }: Die Datei wurde verändert, nachdem das Formular sie gespeichert hatte. Nichts wurde eingelesen
answers-no-id = die Antwortdatei hat keine Antwort-ID: Sie wurde nicht vom Formular gespeichert. Nichts wurde eingelesen
answers-not-the-coachs = die Antworten werden auf dem Computer des Coachs eingelesen, auf dem die Feedbackrunde gestartet wurde: Schick diese Datei an den Coach. Nichts wurde eingelesen
answers-empty = die Person hat das Formular gespeichert, ohne eine Stufe zu wählen oder ein Beispiel zu schreiben, deshalb gibt es nichts einzulesen
export-no-list = es gibt keine Empfehlungsliste
export-ending = gib { $what ->
    [plan] dem Plan
    [chart] dem Diagramm
    [spreadsheet] der Tabelle
    [calendar-file] der Kalenderdatei
   *[feedback-form] dem Feedbackformular
} einen Namen, der auf { $endings } endet ({ $path })
export-no-growth = für „{ $name }“ gibt es noch kein Entwicklungsdiagramm: Dafür braucht es mindestens zwei Einschätzungen
export-no-chart = für „{ $name }“ gibt es kein Diagramm: { $reason }
export-sheet = die Tabelle ließ sich nicht erstellen: { $reason }
export-calendar = die Kalenderdatei ließ sich nicht erstellen: { $reason }
chart-no-ratings = noch ist nichts eingeschätzt, deshalb gibt es kein Diagramm zu zeichnen
chart-too-few-skills = ein Netzdiagramm braucht mindestens 3 Kompetenzen, die zutreffen; { $n ->
    [one] hier ist es nur { $n }
   *[other] hier sind es { $n }
}
pdf-template = die Planvorlage hat einen Fehler: { $reason }
pdf-export = das PDF ließ sich nicht schreiben: { $reason }
file-cut-off = die Datei endet zu früh, in Zeile { $line } – sie sieht abgeschnitten aus
file-too-new = die Datei wurde von einer neueren Lodestar-Version gespeichert (Dateiformat { $found })
folder-unreachable = Dein Profilordner { $folder } ist nicht erreichbar ({ $reason }). Stattdessen werden die Profile aus dem Einstellungsordner angezeigt; schließ das Laufwerk an und starte Lodestar neu, oder wähl unter „Info“ einen anderen Ordner.
catalog-id-taken = die ID „{ $id }“ gehört schon einer anderen Liste; gib dieser Liste eine eigene ID
sheet-kinds = Lodestar liest Listen aus Tabellen (.xlsx, .ods) und CSV-Dateien (.csv)
sent-file-no-profile = die geschickte Datei enthält kein Profil
recovered-kept = { $n ->
    [one] Ein Stand mit Änderungen, der sich vorher nicht speichern ließ, liegt in { $folder }. Mit „Importieren…“ holst du ihn zurück.
   *[other] { $n } Stände mit Änderungen, die sich vorher nicht speichern ließen, liegen in { $folder }. Mit „Importieren…“ holst du einen davon zurück.
}
cli-no-config-folder = Kein Ordner für die Einstellungen gefunden; gib mit --config-dir DIR einen an

## Das Feedbackformular für Kolleginnen und Kollegen (eine Webseite). { $name } und
## { $coach } sind die Namen der Technikerin oder des Technikers und des Coachs.
form-title = Feedback für { $name }
form-their-coach = der Coach
form-intro = { $name } wächst in eine Führungsrolle hinein, begleitet von { $coach } als Coach. Du arbeitest mit dieser Person zusammen und siehst Dinge, die ein Coach nie sieht. Wähle bei jeder Kompetenz unten die Stufe, die zu dem passt, was du erlebt hast, oder „Habe ich nicht erlebt“. Am meisten hilft ein kurzes Beispiel von etwas, das tatsächlich passiert ist.
form-privacy = Nur { $coach } liest deine Antworten einzeln. { $name } sieht den Durchschnitt aller Kolleginnen und Kollegen, und erst, wenn mindestens drei von euch geantwortet haben – so lässt sich keine einzelne Antwort herauslesen. Dein Name steht nur dann bei deinen Antworten, wenn du ihn am Ende einträgst.
form-not-seen = Habe ich nicht erlebt
form-example = Ein Beispiel (freiwillig)
form-example-hint = Was ist passiert, und was hat die Person getan?
form-your-name = Dein Name (freiwillig)
form-name-note = Lässt du das Feld leer, wird dein Name nicht mit deinen Antworten gespeichert; { $coach } sieht trotzdem, wer die Datei geschickt hat.
form-save = Meine Antworten speichern
form-saved = Deine Antworten wurden als { $file } in deinem Download-Ordner gespeichert. Schick diese Datei als E-Mail-Anhang an { $coach }. Von dieser Seite aus wurde nichts verschickt.
form-empty = Noch nichts zu speichern: Wähle bei mindestens einer Kompetenz eine Stufe oder schreib ein Beispiel.
form-footer = Mit Lodestar erstellt für die Anfrage { $id }. Diese Seite funktioniert ohne Internetverbindung und schickt nichts irgendwohin: Deine Antworten verlassen deinen Rechner nur als die Datei, die du verschickst.
