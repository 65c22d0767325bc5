# Lodestar's texts in English: the reference every other language follows.
# A message is `id = text`; `{ $name }` is filled in by the program, and
# `{ $n -> [one] … *[other] … }` chooses by the language's plural rules.
# To add a language, copy this folder to assets/i18n/<tag>/ (a BCP 47 tag:
# de, fr, es, pt-BR…) and translate every message; see the README.

## The language itself, as its speakers write it (for the language menu).
language-name = English

## Dates and numbers: $year, $month and $day come as digits ("2026", "03",
## "07"); write them in the language's usual order.
date = { $year }-{ $month }-{ $day }
decimal-mark = .
# How a typed date is written (year-month-day in every language), as a hint.
date-hint = YYYY-MM-DD

## The seven steps.
tab-have = 1  Have
tab-want = 2  Want
tab-compare = 3  Compare
tab-rate = 4  Rate
tab-progress = 5  Progress
tab-sessions = 6  Sessions
tab-plan = 7  Plan

## The profile bar.
bar-all-profiles = All profiles
bar-all-profiles-hint = Back to all profiles
bar-export = Export…
bar-export-hint = Save this profile as a file, or its ratings for a spreadsheet
bar-export-profile = Profile file…
bar-export-profile-hint = Save this profile as a file to keep or share
bar-export-sheet = For a spreadsheet…
bar-export-sheet-hint = The ratings over time, the actions and the plan, as .xlsx or CSV
bar-send = Send…
bar-send-hint = Send this profile to the other computer as one file
bar-send-technician = To the technician…
bar-send-technician-hint = One file to send; your private notes stay here
bar-send-coach = To the coach…
bar-send-coach-hint = One file to send to your coach
bar-undo = Undo
bar-redo = Redo
bar-add-evidence = Add evidence…
bar-add-evidence-hint = Log something that happened at work and shows a skill (Ctrl+E)

## The status line.
status-changed-elsewhere = Changed elsewhere:
status-keep-mine = Keep mine
status-load-theirs = Load theirs
status-to-settle =
    { $n ->
        [one] 1 change made on both computers to settle
       *[other] { $n } changes made on both computers to settle
    }
status-settle = Settle…
status-read-only = Read-only: { $reason }.
status-undo-delete = Undo delete
status-about = About
status-about-hint = Version, where your data lives
status-theme-dark = Dark
status-theme-dark-hint = Dark theme
status-theme-light = Light
status-theme-light-hint = Light theme
status-theme-system = System
status-theme-system-hint = Follow the system theme
status-zoom-hint = Zoom: Ctrl + and Ctrl −
status-language-hint = The language of Lodestar's screens, the printed plan and the built-in lists

## Progress: feedback from colleagues.
feedback-heading = Feedback from colleagues
feedback-intro = Colleagues see things a coach never does. Ask them with a form: one web page to send by email, which any browser opens without internet. Each colleague saves a small answer file and sends it back; take those in with Take in answers… or by dropping them on this window. Their view joins the chart once { $min } have answered, as an average that moves only by whole groups of { $min }, so that no single answer can be picked out.
feedback-ask = Ask colleagues for feedback…
feedback-ask-hint = Starts a new round and saves its form, ready to attach to an email.
feedback-take-in = Take in answers…
feedback-take-in-hint = A colleague's answer file, saved from the form.
feedback-round = Round of { $date }
feedback-round-shown =
    { $n ->
        [one] 1 answer: on the chart and in the table.
       *[other] { $n } answers: on the chart and in the table.
    }
feedback-round-partly = { $n } answers: { $pooled } on the chart and in the table; the rest join them once { $more } more have answered.
feedback-round-waiting =
    { $n ->
        [one] 1 answer so far; { $more } more before it shows.
       *[other] { $n } answers so far; { $more } more before it shows.
    }
feedback-form-again = Save its form again…
feedback-form-again-hint = The same round's form, for one more colleague.
feedback-one-by-one = Answers one by one ({ $n }), for the coach's eyes
feedback-received = received { $date }
feedback-leave-out = Leave out
feedback-leave-out-hint = Takes this answer out of the pooled view (Ctrl+Z brings it back).
feedback-not-seen = hasn't seen this
feedback-no-level = no level
feedback-table-title = Colleagues (pooled)
feedback-column-raters = Raters
feedback-mean-hint = The mean of { $n } colleagues' levels in the latest round: { $mean } of { $top }.
feedback-too-few-hint = Fewer than { $min } colleagues rated this skill in the latest round, so it is not shown.
feedback-flags-heading = Worth discussing: you and your colleagues see these differently
feedback-flag-line = • { $skill }: you { $own } ({ $own_date }), colleagues { $mean } ({ $n } of them, round of { $round })

## Change tables (Progress).
changes-column-skill = Skill
changes-column-first = First
changes-column-previous = Previous
changes-column-latest = Latest
changes-column-target = Target
changes-column-change = Change
changes-trend-up = up
changes-trend-down = down
changes-trend-same = same
changes-heading = How the ratings moved
changes-self = Self-ratings
changes-coach = Coach's ratings
changes-none = No ratings yet.
changes-not-applicable = n/a
changes-now-at = Now at { $level }
changes-aiming-for = Aiming for { $level }
changes-flags-heading = Worth discussing: you and your coach see these differently
changes-flag-line = • { $skill }: you { $own } ({ $own_date }), coach { $coach } ({ $coach_date })

## Messages about the open profile.
profile-read-only = This profile is read-only: { $reason }.

## Feedback from colleagues: what was done.
feedback-left-out = The answer was left out and the colleagues' view pooled again (Ctrl+Z brings it back).
feedback-no-list = The profile's recommended list is missing, so there is no form to make.
feedback-form-not-saved = The form was not saved: { $reason }.
feedback-form-saved = Saved the feedback form for { $name } as { $path }. Send it to colleagues as an email attachment; take their answer files in with Take in answers… (below) or by dropping them on the window.
feedback-answers-read-only = These answers cannot be taken in: this profile is read-only ({ $reason }).
feedback-answers-refused = These answers cannot be taken in: { $reason }.

## The About box.
about-version = Version { $version }
about-what = Leadership coaching for technicians: what you have, what you want, how it compares, how it grows, and a plan to take home.
about-kept-in-moved = Backups and settings are kept in:
about-kept-in = Your profiles are kept in:
about-open-folder = Open the folder
about-copy-path = Copy the path
about-backup = To back everything up, copy that whole folder.
about-profiles-chosen = The profiles themselves are in a folder you chose:
about-two-computers = To work on two computers, keep the profiles in a synced folder (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing or a network share).
about-profiles-folder = Profiles folder…
about-profiles-folder-hint = Move the profiles to a folder you choose; backups stay on this computer
about-back-here = Keep them on this computer again
about-back-here-hint = Move the profiles back into Lodestar's own folder
about-offline = Lodestar works offline: it makes no network connections, and your notes never leave this computer unless you export them.
about-licence = Free software under the MIT or Apache-2.0 licence. Fonts: Noto Sans and Droid Sans Fallback (SIL Open Font License, Apache-2.0).
about-close = Close

## The first screen: the profiles, and the coach view.
picker-what = Grow from technician to leader: list the qualities you have and the ones you want, and compare them with a recommended list.
picker-none-yet = No profiles yet. Type a name above and press Enter to start.
picker-profiles = Profiles ({ $n })
picker-coach-view = Coach view
picker-recent-first = Most recently changed first
picker-new-profile = New profile:
picker-name-hint = Name of the technician
picker-create = Create
picker-sample = Open the sample
picker-sample-hint = A fresh copy of the sample technician, to explore
picker-import = Import…
picker-newer = newer version: read-only
picker-open = Open
picker-open-hint = Open “{ $name }”
picker-rename = Rename
picker-rename-hint = Rename “{ $name }”
picker-duplicate = Duplicate
picker-duplicate-hint = Duplicate “{ $name }”
picker-delete = Delete
picker-delete-hint = Delete “{ $name }” (to the trash)
picker-new-name = New name:
picker-save-name = Save name
picker-cancel = Cancel
coach-sessions = Sessions
coach-skills = Skills
coach-all = All coaches
coach-filter = Technicians of
coach-export-team = Export the team…
coach-export-team-hint = Everyone's latest levels and targets, one sheet (.xlsx or CSV)
coach-calendar = Calendar…
coach-calendar-hint = Everyone's next session as one calendar file (.ics), with reminders; import it again later to update
coach-order = Overdue first, then the soonest next session.
coach-column-technician = Technician
coach-column-coach = Coach
coach-column-last = Last session
coach-column-next = Next session
coach-column-open = Open actions
coach-column-overdue = Overdue
coach-never = never
coach-past = { $date } (past)
coach-not-set = not set
coach-show-all = Show all { $n } technicians

## What is due (first screen and coach view).
due-heading = Due
due-more = and { $n } more

## Progress: growth over time.
growth-heading = Growth over time
growth-export = Export growth chart…
growth-export-hint = Save it as SVG or PNG
growth-empty = After two assessments, each skill's ratings show here as lines over time, with the evidence and the actions done marked below them.
growth-described = Growth chart of { $n } skills: ratings over time, evidence and actions done; the change table above lists the same ratings
due-line = { $name }: { $what }
due-session-today-at = session today at { $time }
due-session-today = session today
due-session-soon = session on { $weekday } { $date }
due-session-missed = session of { $date } not held yet
due-actions-overdue =
    { $n ->
        [one] 1 action overdue (due { $date })
       *[other] { $n } actions overdue (since { $date })
    }
due-review-passed = plan review was due { $date }
due-actions-today =
    { $n ->
        [one] 1 action due today
       *[other] { $n } actions due today
    }

## Days of the week.
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## The evidence log: the dialog and the lists.
evidence-add-title = Add evidence
evidence-change-title = Change this evidence
evidence-what-it-is = Something that happened at work and shows a skill: what you did, and what came of it.
evidence-add = Add to the log
evidence-save = Save changes
evidence-cancel = Cancel
evidence-remove = Remove from the log
evidence-when = When
evidence-star = Write it as STAR
evidence-star-hint = Situation, task, action, result: four short answers
evidence-skills = Which skills it shows
evidence-who-saw = Who saw it:
evidence-their-name = Their name (optional)
evidence-link = Link (optional)
evidence-no-file = No file
evidence-file = File: { $name }
evidence-attach = Attach a file…
evidence-attach-hint = A copy is kept with the profile; the original can move or go
evidence-star-situation-hint = Where were you, what was going on?
evidence-star-task-hint = What had to be done, and by you?
evidence-star-action-hint = What did you do?
evidence-star-result-hint = What came of it?
evidence-what-happened = What happened
evidence-what-happened-hint = e.g. Talked a worried customer through the outage and kept them updated every hour
evidence-seen-by = · seen by { $who }
evidence-line = { $date } · { $text }{ $who }
evidence-open-link = Link
evidence-open-file = File
evidence-change = Change
evidence-change-named = Change the evidence “{ $text }”
evidence-change-hint = Change or remove this entry
evidence-not-on-list = Skills not on this list
evidence-heading = Evidence
evidence-add-hint = Ctrl+E, from any step
evidence-none-yet = Nothing logged yet. When something at work shows a skill growing, add it here (Ctrl+E): it is what a rating can point to.
evidence-group = { $skill } ({ $n })

## Compare. The method's own words (keep them the same on every screen and
## in the plan): Have, Want, Compare, strengths, "on the right track",
## "worth talking about" (blind spots), own strengths, own goals.
compare-with = Compare with
compare-list = Recommended list
compare-strengths = Strengths: already yours
compare-strengths-hint = Recommended, and on your Have list. Crossed off: keep them up.
compare-deepen = { $skill }  — you want to take it further
compare-right-track = On the right track
compare-right-track-hint = Recommended, and on your Want list: you are thinking along the right lines.
compare-blind-spots = Worth talking about
compare-blind-spots-hint = On this list, but not linked to anything you have or want yet. That does not make it a weakness: it may be a strength you did not think to name, or something your job has not asked of you yet. Worth a word with your coach.
compare-add-to-want = Add to Want
compare-add-to-want-hint = Add “{ $skill }” to the qualities you want
compare-own-strengths = Your own strengths
compare-own-strengths-hint = Qualities you have that are not on this list. They count too.
compare-own-item = • { $text }
compare-own-deepen = • { $text } — and you want more of it
compare-own-goals = Your own goals
compare-own-goals-hint = What you want that is not on this list.
compare-none-yet = None yet.

## Rate.
rate-heading = Rate where you stand
rate-how = Pick the level that describes what you actually do today, not what you intend. Each level builds on the ones below it, and a 3 on a skill means the same thing every time you rate that skill. Rate again at each coaching session to see how far you have come.
rate-not-the-title = Rate what you do, not the job title. A lead title does not make someone a leader, and a technician with no one reporting to them can already lead.
rate-rated-by = Rated by:
rate-myself = Myself
rate-the-coach = The coach
rate-blind = Blind rating
rate-blind-hint = Hide earlier ratings and targets while rating
rate-date = Date: { $date }
rate-note = Note for this assessment:
rate-save = Save assessment
rate-count = { $rated } of { $total } skills rated
rate-saved-so-far =
    { $n ->
        [one] 1 assessment saved so far.
       *[other] { $n } assessments saved so far.
    }
rate-see-progress = See the chart and how the ratings moved
rate-last-time = last time { $level } ({ $date })
rate-level-named = { $skill }: { $level }
rate-level-described = { $skill }: { $level } – { $meaning }
rate-not-applicable = Not applicable
rate-no-evidence-since = No evidence since the last rating.
rate-no-evidence = No evidence logged yet.
rate-evidence-since = Evidence since the last rating ({ $date }): { $n }
rate-evidence = Evidence: { $n }
rate-add-evidence-for = Add evidence for { $skill }
rate-add-evidence-hint = Log something that shows { $skill }
rate-more-on-progress = and { $n } more on Progress
rate-no-target = no target
rate-target = target { $level }
rate-target-for = Target for { $skill }

## Have and Want.
have-heading = Qualities you already have
have-intro = List the leadership qualities you already bring, in your own words. Think of moments when people relied on you, followed your lead or asked for your help. Nobody starts from zero.
have-add = Add a quality you have:
have-add-hint = e.g. explaining faults to customers
want-heading = Qualities you want to grow
want-intro = Now list what you would like to get better at, or to start doing. Don't worry about the right words; write what you mean and link it to a recommended skill where one fits.
want-add = Add a quality you want:
want-add-hint = e.g. giving feedback to apprentices
list-add = Add
list-looks-like-sure = Looks like “{ $skill }” ({ $percent }% sure).
list-add-and-link = Add and link to { $skill }
list-empty = Nothing here yet.
list-pick-from = Pick from “{ $list }”
list-pick-hint = Click a skill to add it to this list, already linked.
list-note-hint = Evidence or a short note: when did this show?
list-note = Note
list-edit-quality = Edit quality:
list-done = Done
list-double-click = Double-click to edit
list-linked-to = linked to { $skill }
list-unlink = Unlink
list-unlink-hint = Unlink “{ $text }” from { $skill }
list-linked-elsewhere = linked to { $skill } (another list)
list-looks-like = Looks like “{ $skill }”.
list-link-to = Link to { $skill }
list-remove = Remove
list-remove-hint = Remove “{ $text }”
list-down = Down
list-down-hint = Move “{ $text }” down
list-up = Up
list-up-hint = Move “{ $text }” up
list-edit = Edit
list-edit-hint = Edit “{ $text }”
list-add-note = Add note
list-note-on = Note on “{ $text }”
list-note-cut = { $start }… (Note shows all of it)
list-questions = Questions to get you thinking

## The development plan step.
plan-heading = Development plan
plan-intro = Pick a few skills to work on until the next review, and for each say what you will do, what helps, and how you will both see that it worked. Print it, take it home, pin it up.
plan-no-focus = No focus skills yet: add one above.
plan-print = Print…
plan-print-hint = Make the PDF and open it, to print from the viewer
plan-export = Export…
plan-export-hint = Save the plan as PDF, Markdown or HTML
plan-paper = Paper:
plan-paper-a4 = A4
plan-paper-letter = US Letter
plan-review-on = Review on:
plan-add-to-calendar = Add to calendar
plan-add-to-calendar-hint = The review date in your calendar program, with a reminder
plan-keep-it-short = Keep it to { $max } focus skills or fewer: more at a time spreads the effort too thin to see a change by the next review.
plan-keep-it-short-over = Keep it to { $max } focus skills or fewer: more at a time spreads the effort too thin to see a change by the next review. This plan has { $n }.
plan-start-with = Start with { $skills }
plan-start-with-hint = The top suggestions, each with actions from its strategies, to edit
plan-suggested = Suggested focus skills
plan-suggested-hint = From rating gaps, what you want, and blind spots you talked about
plan-add-skill = + { $skill }
plan-add-skill-hint = Add { $skill } to the plan
plan-add-another = Add another skill…
plan-add-another-name = Add another skill
plan-focus-title = { $n }. { $skill }
plan-target-date = Target date:
plan-move-up-hint = Move { $skill } up
plan-move-down-hint = Move { $skill } down
plan-remove-hint = Remove { $skill } from the plan
plan-goal = Goal:
plan-goal-hint = What will be different, in a sentence
plan-measure = Success looks like:
plan-measure-hint = How you and your coach will see that it worked
plan-status-of = Status of { $skill }
plan-actions = Actions
plan-action-done = Done: { $text }
plan-action = Action
plan-owner = Owner
plan-remove-action-hint = Remove action “{ $text }”
plan-new-action = New action for { $skill }:
plan-ideas = Ideas:
plan-idea = + { $text }
plan-idea-hint = Add the action “{ $text }”
plan-resources = Resources
plan-resource = • { $text }
plan-remove-resource-hint = Remove resource “{ $text }”
plan-resource-hint = A person, a course, a book, time
plan-new-resource = New resource for { $skill }:
plan-add-resource = Add resource

## Sessions: the log, session mode, the summary.
sessions-heading = Coaching sessions
sessions-intro = A session is a 30 to 60 minute conversation between the technician and the coach. Lodestar prepares the agenda from open actions, rating gaps and blind spots, keeps the notes as you type, and writes a summary to send afterwards.
sessions-open-actions =
    { $n ->
        [one] 1 open action
       *[other] { $n } open actions
    }
sessions-open-actions-overdue =
    { $n ->
        [one] 1 open action, { $overdue } overdue
       *[other] { $n } open actions, { $overdue } overdue
    }
sessions-none = No sessions yet.
sessions-show-earlier = Show the { $n } earlier sessions
sessions-continue = Continue the session of { $date }
sessions-not-ended = It was not ended; its notes are kept.
sessions-start = Start a coaching session
sessions-minutes = { $n } min
sessions-with = with { $coach }
sessions-actions =
    { $n ->
        [one] 1 action
       *[other] { $n } actions
    }
sessions-next-at = next { $date } { $time }
sessions-next = next { $date }
sessions-in-progress = in progress
sessions-summary = Summary
sessions-summary-hint = What was discussed and agreed, ready to send
session-with = Coaching session with { $name }
session-minutes-hint = Time since the session started
session-end = End session
session-end-hint = Keep the time spent and show the summary
session-back = Back to the profile
session-back-hint = The session stays open; continue it from Sessions
session-rate = Rate the skills
session-rate-hint = Rate in step 4; the assessment belongs to this session, which stays open
summary-heading = Session summary
summary-copy-text = Copy as text
summary-copy-markdown = Copy as Markdown
summary-save-markdown = Save as Markdown…
summary-close = Close
summary-include-private = Include the coach's private notes
summary-hint = Ready to send after the meeting. Private notes stay out unless ticked.
notes-heading = Notes
notes-what-was-said = What was said
notes-saved-as-you-type = Saved as you type.
notes-reflections = Reflections
notes-answer-hint = The answer, in the technician's words
notes-actions-agreed = Actions agreed today
notes-due = due { $date }
notes-add-to-calendar = Add to calendar
notes-add-to-calendar-named = Add “{ $text }” to the calendar
notes-remove = Remove
notes-remove-named = Remove action “{ $text }”
notes-new-action = New action:
notes-new-action-hint = What will be done, concretely
notes-owner = Owner:
notes-due-field = Due:
notes-add-action = Add action
notes-or-ctrl-enter = or Ctrl+Enter
notes-not-a-date = "{ $text }" is not a date: write it as year-month-day, e.g. { $today }.
notes-no-skill = No skill
notes-skill-of-action = Skill of the action
notes-next-session = Next session:
notes-in-weeks = in { $n } weeks
notes-at = at
notes-time-hint = HH:MM
notes-time-wrong = hours:minutes, please
notes-for-minutes = for { $n } minutes
notes-length = Length of the next session
notes-next-to-calendar-hint = Opens it in your calendar program, with a reminder the day before
notes-private = Private notes for the coach
notes-private-hint = Kept out of the summary and the printed plan unless you choose.
notes-private-field = Private notes:
agenda-heading = Agenda
agenda-open-actions = Open actions from earlier sessions
agenda-none-open = None open.
agenda-tick-done = Tick when it is done
agenda-overdue = overdue
agenda-done = Done ({ $n })
agenda-gaps = Biggest gaps to the target
agenda-gap = { $skill }: { $now } now, target { $target }
agenda-now = Now: { $level }
agenda-aiming-for = Aiming for: { $level }
agenda-seen-differently = Seen differently by you and your coach
agenda-self-coach = { $skill }: self { $own }, coach { $coach }
agenda-unbacked = Rated up, with no evidence yet
agenda-unbacked-line = { $skill }: { $from } to { $to } ({ $rater }, since { $since }). What happened that shows it?
agenda-blind-spots = Blind spots not yet talked about
agenda-blind-spots-hint = Tick the ones you talked about today.
agenda-questions = Questions to reflect on
agenda-questions-hint = Ask one to add it to the notes with its answer.
agenda-ask = Ask
agenda-asked = Asked
agenda-ask-named = Ask: { $prompt }
agenda-about = About { $skill }
agenda-lead-without-reports = A technician can lead long before anyone reports to them: by teaching a colleague, fixing a process that slows the team down, or speaking up for a customer or a peer. Ask about that, not only about the day-to-day work.

## Progress: the radar chart, its layers and the timeline.
progress-heading = How far you have come
progress-intro = The rings are the levels: 1 ({ $lowest }) innermost, { $top } ({ $top_name }) at the edge. The filled shape is the latest rating; the dashed green line is where you want to be. Switch layers on to compare with earlier sessions or with your coach's view.
progress-nothing-rated = Nothing has been rated yet, so there is no chart to show.
progress-rate-now = Rate the skills now
progress-too-few = A radar chart needs at least 3 skills that apply; { $n } are left after those marked not applicable. The table below still lists every rating.
progress-some-shown = The chart shows { $shown } of the list's { $all } skills; the table lists them all.
progress-described = Radar chart of { $n } skills; the table below lists the same ratings
progress-whose-lead = Whose ratings lead
progress-mine = Mine
progress-coachs = The coach's
progress-show = Show on the chart
progress-coachs-latest = The coach's latest
progress-my-latest = My latest
progress-on-date = { $what } ({ $date })
progress-latest = Latest rating
progress-targets = Target levels
progress-first = First rating
progress-previous = Previous rating
progress-colleagues-waiting = Colleagues (from 3 answers)
progress-timeline = Timeline
progress-timeline-hint = Tick an earlier assessment to add it to the chart.
progress-export = Export chart…
progress-export-hint = Save the chart as shown, as an SVG or PNG picture
progress-role-latest = latest
progress-role-first = first
progress-role-previous = previous
progress-role-other = other view
progress-self-rating = self-rating
progress-coach-rating = coach rating
progress-assessment = { $date }  { $who }, { $n } rated
progress-assessment-role = { $text }  ({ $role })

## About this person (Have step).
details-heading = About this person
details-name = Name:
details-name-hint = Name of the technician
details-role = Role:
details-role-hint = e.g. Field service technician
details-team = Team:
details-team-hint = e.g. Regional service, north
details-coach = Coach:
details-coach-hint = Who they meet for coaching
details-workplace = Workplace:
details-not-set = Not set
details-workplace-hint = Examples from this workplace are shown first.

## Changed on both computers.
conflicts-heading = Changed on both computers
conflicts-intro = These were changed here and on the other computer before the two could meet. Choose what to keep for each; the profile holds this computer's version until you do. Whatever is not kept is still in the backups.
conflicts-later = Decide later
conflicts-later-hint = Keeps this computer's versions for now; the choice waits at the bottom of the window
conflicts-this = This computer
conflicts-other = The other computer
conflicts-keep-mine = Keep this computer's
conflicts-take-theirs = Take the other's
conflicts-keep-both = Keep both
conflicts-keep-both-hint = Both texts, this computer's first

## A profile file that is here already.
receive-heading = “{ $name }” is already here
receive-intro = This file is a copy of a profile you have, sent from another computer. Updating brings in what changed there: what was added, what was edited, and what was removed there that you had left as it was. Where both computers changed the same thing, you choose which to keep. The version it replaces goes to the backups.
receive-brings = What it brings: { $what }.
receive-both-changed = Changed on both computers: { $fields }. You choose which to keep after updating.
receive-update = Update { $name }’s profile
receive-separate = Import as a separate profile
receive-cancel = Cancel

## A role to grow into.
ladder-growing-into = Growing into:
ladder-choose = choose a role
ladder-no-role = no role (keep the targets)
ladder-hint = Sets each skill's target to the level the role expects
ladder-name = Targets from a role

## Calendar: what was done.
calendar-no-date = There is no date to add yet: set the date first.
calendar-no-folder = Could not make the folder { $path }: { $reason }
calendar-not-written = The calendar file could not be written: { $reason }
calendar-event = “{ $title }” on { $date }
calendar-saved = Saved { $what } as { $path }.
calendar-saved-not-opened = Saved { $what } as { $path }, but no calendar program opened it ({ $reason }). Import that file into your calendar.
calendar-sent = Sent { $what } to your calendar program, with a reminder the day before. Adding it again updates it.
calendar-team-none = No technician has a next session on the calendar yet: set one at the end of a session.
calendar-nothing-saved = Nothing was saved: { $reason }
calendar-team-saved =
    { $n ->
        [one] Saved 1 upcoming session as { $path }: import it into your calendar (again later to update it).
       *[other] Saved { $n } upcoming sessions as { $path }: import it into your calendar (again later to update them).
    }

## Session mode: what was done.
session-no-list = No recommended list is available to build an agenda from.
session-action-pending = The action “{ $text }” is typed but not added yet: add it (Ctrl+Enter) or clear the field before leaving or ending the session.
session-ended = Session ended after { $n } min. Here is its summary.

## Evidence: what was done.
evidence-summary-markdown = Summary copied as Markdown
evidence-summary-text = Summary copied as text
evidence-read-only = This profile is read-only: evidence cannot be added here.
evidence-attach-title = Attach a file
evidence-removed = Evidence removed from the log (Ctrl+Z brings it back).
evidence-cannot-open = Could not open { $what }: { $reason }
evidence-file-missing = The file kept with this entry is not on this computer (it may not have come with a sent profile). Ask for it again and attach it.
evidence-added = Evidence added to the log.
evidence-changed = Evidence changed.

## Profiles: what was done.
profiles-created = Created "{ $name }". Start with the qualities you already have.
profiles-sample-opened = Opened a fresh copy of the sample profile
profiles-restored = Restored "{ $name }".
profiles-imported = Imported "{ $name }"
profiles-nothing-imported = Nothing was imported.
profiles-updated = Updated "{ $name }": { $what }.
profiles-both-changed = Both computers changed { $fields }: choose what to keep.
profiles-renamed = Renamed
profiles-copy-name = { $name } (copy)
profiles-copied = Made a copy: "{ $name }"
profiles-trashed = Moved "{ $name }" to the trash.

## The open profile: saving, leaving, undo.
app-list-not-loaded = A recommended list could not be loaded: { $problem }
app-saved = Saved
app-settle-first = Choose which version to keep (at the bottom) before leaving this profile.
app-not-saved-yet = Your changes are not saved yet: { $reason }
app-opened-read-only = "{ $name }" opened read-only: { $reason }.
app-opened = Opened "{ $name }"
app-unsaved = Unsaved changes…
app-undone = Undone
app-redone = Redone
app-no-list = No recommended list could be loaded, so there is nothing to compare with.
app-list-missing = The list “{ $missing }” this profile follows is not available here; showing “{ $shown }” instead. Its links to the missing list are kept.
app-settled-already = That conflict was settled already.
app-note-full = This note is full ({ $n } characters): anything typed or pasted past that was left out.

## The coach view's heat map of skills.
heat-none = No technicians to show.
heat-all-lists = All lists
heat-list-count = { $list } ({ $n })
heat-list = List
heat-legend = Each cell is the latest level; green is at or above that person's target, amber one level below, red two or more below, grey where no target is set.
heat-group =
    { $n ->
        [one] { $list }: 1 technician
       *[other] { $list }: { $n } technicians
    }
heat-described = Heat map of { $n } technicians and { $skills } skills of { $list }
heat-team-average = Team average
heat-cell = { $name }: { $skill }
heat-not-rated = not rated
heat-target = , target { $level }
heat-click-to-open = Click to open the profile.
heat-no-ratings = no ratings
heat-average = average { $mean }
heat-skill-average = { $skill }: { $average }
heat-thinnest = Thinnest across the team: { $skills }.
heat-more = { $names } and { $n } more
heat-teach-line = { $skill }: { $names }
heat-no-top = No one is at the top levels of a skill yet.
heat-could-teach = Could teach the others
heat-teach-item = • { $line }
heat-average-target = Average target
heat-team-average-title = The team's average
heat-radar-described = The team's average radar on { $list }
heat-radar-legend = Filled: the team's average level. Dashed: the average target.

## Saving and exporting files: the dialogs, and what is said after.
filter-xlsx = Excel workbook (.xlsx)
filter-csv = CSV (a file per table)
filter-html = Web page (HTML)
filter-svg = SVG picture (sharp at any size)
filter-png = PNG picture
filter-profile = Lodestar profile
filter-import = Lodestar profile or answers
filter-send = Lodestar profile to send
sheet-profile-saved = The ratings, actions and plan saved to { $files }
sheet-profile-not-saved = The ratings, actions and plan were not saved: { $reason }
sheet-team-saved = The team sheet saved to { $files }
sheet-team-not-saved = The team sheet was not saved: { $reason }
sheet-list-saved = The list saved to { $files }
sheet-list-not-saved = The list was not saved: { $reason }
# The end of a suggested file name, after the person's name.
dialog-plan-file-end = { " " }plan.pdf
dialog-plan-title = Export the development plan
dialog-chart-title = Export the chart
dialog-chart-file-end = { " " }radar.svg
dialog-summary-title = Save the session summary
dialog-summary-file-end = { " " }session { $date }.md
dialog-profile-title = Export this profile
dialog-import-title = Import a profile, or a colleague's answers
dialog-send-technician-title = Send to the technician
dialog-send-technician-file-end = { " " }for the technician.lodestar
dialog-send-coach-title = Send to the coach
dialog-send-coach-file-end = { " " }for the coach.lodestar
send-saved-technician = Saved "{ $file }" for the technician, without your private notes: attach it to an email or a chat message.
send-saved-coach = Saved "{ $file }" for the coach: attach it to an email or a chat message.
send-files-left-out = These files kept with the evidence were too large to go along; send them separately: { $files }.
plan-saved = Plan saved to { $path }
plan-saved-warning = Plan saved to { $path }. { $warning }
plan-not-saved = The plan was not saved: { $reason }
print-file-end = { " " }plan { $date }.pdf
print-no-folder = Could not make { $folder }: { $reason }
print-opened = Opened the plan ({ $path }): print it from the viewer.
print-no-viewer = The plan is saved as { $path }, but no PDF viewer could be opened ({ $reason }). Open it from there to print.
print-not-made = The plan could not be made: { $reason }
chart-saved = Chart saved to { $path }
chart-not-saved = The chart was not saved: { $reason }
growth-saved = Growth chart saved to { $path }
growth-not-saved = The growth chart was not saved: { $reason }
summary-saved = Summary saved to { $path }
summary-not-saved = The summary was not saved: { $reason }
profile-exported = Exported to { $path }
folder-not-opened = No file manager could be opened ({ $reason }). Your data is in { $folder }.
dialog-team-title = Export the team
dialog-team-file-end = { " " }team.xlsx
dialog-list-title = Export the list
dialog-sheet-title = Export for a spreadsheet
dialog-sheet-file-end = { " " }ratings.xlsx
dialog-form-title = Save the feedback form
dialog-form-file-end = { " " }feedback form.html
filter-web-page = Web page
dialog-team-calendar-title = Save the upcoming sessions as a calendar file
dialog-team-calendar-name = Coaching sessions
filter-calendar = Calendar

## When the window cannot open (a message box, and the terminal).
renderer-wgpu = Direct3D, Vulkan or Metal
renderer-default = the default renderer
renderer-fallback = Lodestar: { $what } could not start ({ $reason }); opening with { $next }.
no-window-intro = Lodestar could not open its window: this computer's graphics could not be started.
no-window-advice = Update the graphics driver; in a virtual machine or a remote desktop, turn on 3D acceleration. Your profiles are safe in { $folder }, and the command line works without a window (lodestar profiles, lodestar plan …).
no-window-title = Lodestar cannot open its window

## Two computers through a synced folder.
dialog-profiles-folder-title = Keep the profiles in this folder
disk-kept-mine = Saved your version; the other one is kept in the backups.
disk-took-theirs = Loaded the version from disk.
folder-not-watched = The profiles folder cannot be watched ({ $reason }): changes from another computer are merged when this one saves, not at once.
disk-merged = Another computer changed this profile: merged in and saved ({ $what }).
disk-too-new = { $reason } This profile is read-only here now; changes not yet saved are kept in { $folder }.
copy-not-merged = The copy { $file } could not be merged: { $reason }
copy-read-only = A copy of this profile ({ $file }) waits to be merged, but the profile is read-only here: { $reason }.
copy-not-saved = A copy { $who } made of this profile was merged in, but could not be saved yet; it stays where it is.
copy-not-moved = The copy { $file } was merged but could not be moved aside: { $reason }
copy-merged = Merged a copy of this profile that { $who } made when two computers changed it ({ $what }). The copy is in the backups.
folder-moved = Your profiles are now kept in { $folder }.
folder-moved-merged = { $n ->
    [one] One of them was there already with other changes: it is merged.
   *[other] { $n } of them were there already with other changes: they are merged.
}
folder-moved-copies-stay = The copies in the synced folder stay there for your other computers.
conflicts-not-kept = The choices still to make could not be kept for later ({ $reason }); settle them before closing.
conflicts-all-settled = Settled: both computers' changes are in the profile.

## Recommended lists: the menu, importing one from a spreadsheet, saving.
cancel = Cancel
lists-menu = Recommended lists
lists-import = Import a list…
lists-import-hint = Your organisation's framework, from a spreadsheet (.xlsx, .ods) or CSV file
lists-new = New list…
lists-edit = Edit this list…
lists-edit-hint = Its skills, levels, strategies and questions (a built-in list as a copy)
lists-export = Export this list…
lists-export-hint = As a spreadsheet another coach can import
list-builtin-copy = A built-in list is edited as a copy: save it as your own list.
list-nothing-changed = Nothing was changed in the lists.
list-saved = Saved the list “{ $title }” ({ $n ->
    [one] 1 skill
   *[other] { $n } skills
}).
list-removed = Removed the list “{ $title }”; the file is kept in { $folder }. Profiles that followed it use the default list until it is back.
list-import-title = Import a recommended list
filter-sheet = Spreadsheet or CSV
list-import-cancelled = Import cancelled; no list was added.
list-imported = Imported the list “{ $title }”: { $n ->
    [one] 1 skill
   *[other] { $n } skills
}, rated { $levels }.
list-imported-followed = This profile now follows it.
list-import-no-sheets = The file has no sheets with text.
list-import-from = From { $file }. Say what each column holds; the first rows of the file are shown below.
list-import-field-title = Title
list-import-sheet = Sheet
list-import-headings = The first row holds headings
list-import-ready = Ready: { $n ->
    [one] 1 skill
   *[other] { $n } skills
}, rated { $levels } ({ $count } levels).
list-import-use-for = Use it for { $name }
list-import-button = Import
list-import-column = Column { $letter }
list-import-more-rows = … and { $n } more rows
list-import-no-levels = No column is a level: the list will be rated on the standard five levels. Choose “Level 1”, “Level 2”… for columns that describe the levels.
list-import-level-names = The levels’ names, lowest first:
list-import-level-name = Name of level { $n }
list-editor-new-title = My recommended list
list-editor-name-first = Type the new skill's name first.
list-editor-name-long = A skill's name fits { $max } characters.
list-editor-name-taken = “{ $name }” is on the list already.
list-editor-no-title = Give the list a title.
list-editor-no-skills = Add at least one skill.
list-editor-some-levels = “{ $name }” describes { $described } of the { $levels } levels: describe every level, or none.
list-editor-invalid = The list cannot be saved: { $reason }.
list-editor-copy-of = A copy of “{ $title }”
list-editor-heading-new = A new recommended list
list-editor-heading-edit = Edit a recommended list
list-editor-duplicate = Duplicate
list-editor-duplicate-hint = Go on with a copy of this list, as a new list
list-editor-save = Save list
list-editor-export = Export…
list-editor-export-hint = As a spreadsheet another coach can import (.xlsx or CSV)
list-editor-remove = Remove this list
list-editor-levels = Levels:
list-editor-skills = Skills ({ $n })
list-editor-up = Up
list-editor-up-hint = Move { $name } up
list-editor-down = Down
list-editor-down-hint = Move { $name } down
list-editor-remove-skill = Remove
list-editor-remove-skill-hint = Remove { $name }
list-editor-new-skill = A new skill's name
list-editor-add-skill = Add skill
list-editor-none-selected = Add a skill to describe it here.
list-editor-name = Name
list-editor-description = Description
list-editor-level = Level { $n } – { $name }
list-editor-keywords = Keywords (separated by ;)
list-editor-strategies = Strategies (one per line)
list-editor-questions = Coaching questions (one per line)
list-editor-id = Id: { $id } (ratings follow the id, so a new name keeps them)

## Words of the domain: who rated, an action's state, who saw it, workplaces.
rater-self = Self
rater-coach = Coach
rater-in-sentence = { $rater ->
    [self] self
   *[coach] coach
}
status-not-started = Not started
status-in-progress = In progress
status-achieved = Achieved
status-paused = Paused
witness-myself = Myself
witness-coach = The coach
witness-colleague = A colleague
witness-customer = A customer
witness-in-sentence = { $witness ->
    [self] myself
    [coach] the coach
    [colleague] a colleague
   *[customer] a customer
}
workplace-it = IT support
workplace-field-service = Field service
workplace-lab = Laboratory
workplace-healthcare = Hospital and healthcare
workplace-manufacturing = Factory floor
workplace-utilities = Utilities
workplace-other = Other

## The standard scale of the built-in lists: each level's name, and what it
## means for any skill (in the person's own voice).
level-1-name = Starting
level-1-meaning = I rarely do this yet, or only when someone asks me to.
level-2-name = Emerging
level-2-meaning = I do this now and then, with effort, and the results vary.
level-3-name = Developing
level-3-meaning = I do this regularly in familiar situations and it mostly works.
level-4-name = Consistent
level-4-meaning = I do this reliably, also under pressure and in new situations.
level-5-name = Helps others
level-5-meaning = I do this naturally and help others on the team get better at it.
# A level with its name, and with what it means: "3 (Developing): …".
level-named = { $n } ({ $name })
level-described = { $n } ({ $name }): { $meaning }

star-situation = Situation
star-task = Task
star-action = Action
star-result = Result
star-line = { $heading }: { $text }
answer-unsigned = A colleague (unsigned)

## What another computer's changes brought (joined with commas).
merge-have-added = { $n ->
    [one] 1 new Have item
   *[other] { $n } new Have items
}
merge-want-added = { $n ->
    [one] 1 new Want item
   *[other] { $n } new Want items
}
merge-self-ratings = { $n ->
    [one] 1 self-rating
   *[other] { $n } self-ratings
}
merge-coach-ratings = { $n ->
    [one] 1 coach's rating
   *[other] { $n } coach's ratings
}
merge-sessions-added = { $n ->
    [one] 1 session
   *[other] { $n } sessions
}
merge-evidence-added = { $n ->
    [one] 1 new piece of evidence
   *[other] { $n } new pieces of evidence
}
merge-actions-added = { $n ->
    [one] 1 new action
   *[other] { $n } new actions
}
merge-actions-done = { $n ->
    [one] 1 action done
   *[other] { $n } actions done
}
merge-removed = { $n ->
    [one] 1 record removed there
   *[other] { $n } records removed there
}
merge-conflicts = { $n ->
    [one] 1 conflict
   *[other] { $n } conflicts
}
merge-new-name = new name
merge-new-role = new role
merge-new-team = new team
merge-new-coach = new coach
merge-new-workplace = new workplace
merge-new-list = another recommended list
merge-targets-changed = targets changed
merge-new-role-aimed-for = another role aimed for
merge-plan-changed = plan changed
merge-sessions-edited = sessions edited
merge-other-changes = other changes
merge-nothing-new = nothing new

## A field both computers changed, by its key in the profile file.
conflict-field = { $field ->
    [name] Name
    [role] Role
    [team] Team
    [coach] Coach
    [workplace] Workplace
    [catalog] Recommended list
    [aiming_for] Role aimed for
    [text] Text
    [note] Note
    [skill] Skill
    [skills] Skills
    [date] Date
    [duration_minutes] Length
    [agenda] Agenda
    [notes] Notes
    [private_notes] Private notes
    [prompts] Questions
    [assessment] Ratings
    [actions] Actions
    [next_date] Next date
    [next_time] Next time
    [next_minutes] Next length
    [discussed] Discussed
    [seen_by] Seen by
    [who] Who
    [link] Link
    [file] File
    [goal] Goal
    [resources] Resources
    [measure] How success is seen
    [target_date] Target date
    [status] Status
    [owner] Owner
    [due] Due
    [focus] Focus skills
    [review_date] Review date
   *[other] { $field }
}
conflict-target = Target for { $skill }
conflict-item = { $field } of “{ $text }”
conflict-session = { $field } in the session of { $date }
conflict-evidence = { $field } of the evidence “{ $what }”
conflict-plan = Plan: { $field }

## What a piece of typed text is, in the sentences below: "The { $what } is empty".
field-name = name
field-role = role
field-team = team
field-coach = coach
field-coach-s-name = coach's name
field-role-aimed-for = role aimed for
field-text-of-a-have-or-want-item = text of a Have or Want item
field-coach-of-a-session = coach of a session
field-line-of-a-session-s-agenda = line of a session's agenda
field-question-asked-in-a-session = question asked in a session
field-text-of-an-action = text of an action
field-owner-of-an-action = owner of an action
field-goal-of-a-focus-skill = goal of a focus skill
field-measure-of-a-focus-skill = measure of a focus skill
field-text-of-a-resource = text of a resource
field-note-of-an-item = note of an item
field-note-of-an-assessment = note of an assessment
field-note-of-a-session = note of a session
field-private-note-of-a-session = private note of a session
field-answer-to-a-question = answer to a question
field-signed-name-of-an-answer = signed name of an answer
field-name-of-who-saw-a-piece-of-evidence = name of who saw a piece of evidence
field-link-of-a-piece-of-evidence = link of a piece of evidence
field-quality = quality
field-note = note
field-description-of-what-happened = description of what happened
field-name-of-who-saw-it = name of who saw it
field-link = link
field-signed-name = signed name
field-example = example
field-colleague-example = colleague's example
field-evidence = piece of evidence

## Typed text that is refused, or cut to fit (a file from elsewhere).
text-empty = The { $what } is empty. Type at least one letter.
text-too-long = The { $what } is too long: { $len } characters, at most { $max } fit.
text-cut = The { $what } was { $len } characters long; the first { $max } were kept.
profile-unnamed = Unnamed
profile-had-no-name = The profile had no name; it is called "{ $name }".
profile-empty-items = { $n ->
    [one] An empty Have or Want item was left out.
   *[other] { $n } empty Have or Want items were left out.
}
answer-level-left-out = A colleague's level above the list's scale was left out.
evidence-link-left-out = A link that is not a web address was left out: "{ $link }".
evidence-empty-left-out = { $n ->
    [one] An empty piece of evidence was left out.
   *[other] { $n } empty pieces of evidence were left out.
}
evidence-no-skill = Say which skill this shows: pick at least one.
evidence-link-not-web = The link "{ $link }" is not a web address. Start it with https:// (or http://, mailto:), or attach the file instead.

## Colleagues' answers taken in.
answers-unsigned = An unsigned colleague's answers
answers-signed = { $name }'s answers
answers-added = { $who } were added to the feedback for { $profile }
answers-replaced = { $who } replace the ones saved from the same form before, in the feedback for { $profile }
answers-already = { $who } were taken in before; nothing changed in the feedback for { $profile }.
answers-count-shows = { $what }: { $n ->
    [one] 1 answer
   *[other] { $n } answers
}, so the colleagues' view shows on Progress (radar, table and growth chart).
answers-count-none-rated = { $what }: { $n ->
    [one] 1 answer
   *[other] { $n } answers
}, but no skill has been rated by { $min } of them yet, so there is nothing to show.
answers-count-so-far = { $what }: { $n ->
    [one] 1 answer
   *[other] { $n } answers
} so far. The colleagues' view shows once { $min } have answered, so that no single answer can be picked out.

## Calendar entries (.ics) for sessions, actions due and the plan's review.
cal-session-title = Coaching session: { $name }
cal-session-title-with = Coaching session: { $name } with { $coach }
cal-session-description = Agreed in the session of { $date }. Open Lodestar to see the agenda.
cal-due-title = Due: { $action } ({ $name })
cal-due-description = An action agreed in coaching.
cal-due-description-owner = An action agreed in coaching; owner: { $owner }.
cal-review-title = Review the development plan: { $name }
cal-review-description = Time to look at the plan again: what worked, what to change, what is next.

## A session's agenda lines (kept with the session) and its summary.
agenda-line-review-actions = { $n ->
    [one] Review 1 open action
   *[other] Review { $n } open actions
}
agenda-line-gap = { $skill }: from { $from } towards { $to }
agenda-line-calibration = { $skill }: self { $self_level } and coach { $coach_level } differ
agenda-line-blind-spot = { $skill }: not on either list yet
agenda-line-unbacked = { $skill }: rated up from { $from } to { $to }; what shows it?
summary-title = Coaching session: { $name }, { $date }
summary-coach = Coach: { $coach }
summary-minutes = { $n } minutes
summary-talked-about = What we talked about
summary-discussed-skill = { $skill } (a skill not on either list yet)
summary-notes = Notes
summary-reflections = Reflections
summary-rating-changes = Rating changes
summary-actions = Actions agreed
summary-next = Next session
summary-private = Coach's private notes
# $who is "self" or "coach".
summary-change = { $skill } ({ $who ->
    [self] self
   *[coach] coach
}): from { $from } to { $to }
summary-first-rating = { $skill } ({ $who ->
    [self] self
   *[coach] coach
}): { $level }
summary-owner = owner: { $owner }
summary-due = due { $date }
action-open = open
action-done = done
action-dropped = dropped

## Matching typed text to a list's skills. Words that say nothing about a
## skill, separated by spaces, lowercase ("the", "my", "good"); do not list
## negations ("not"). English keeps more in the program itself.
matching-stop-words = { "" }
# Articles cut off before an apostrophe ("l" in French "l’équipe"), separated
# by spaces; nothing in English.
matching-elisions = { "" }

## Compare in one line, and how near a role of the list's ladder is.
compare-summary = { $strong } of { $total } recommended skills { $strong ->
    [one] is already a strength
   *[other] are already strengths
}; { $want } you want to grow; { $blind } to talk about.
ladder-met = { $role }: at or above the expectation on { $met } of { $expected ->
    [one] 1 skill
   *[other] { $expected } skills
}
# Each continues ladder-met.
ladder-ready = ; ready.
ladder-gaps-even = ; { $n } to grow, each by { $size ->
    [one] 1 level
   *[other] { $size } levels
}.
ladder-gaps = ; { $n } to grow, the largest gap { $skill }, { $size ->
    [one] 1 level
   *[other] { $size } levels
}.
ladder-unrated = { $n ->
    [one] 1 skill is not rated yet.
   *[other] { $n } skills are not rated yet.
}

## The development plan (PDF, Markdown, web page).
plan-title = Development plan
plan-title-of = Development plan: { $name }
plan-where-i-stand = Where I stand
plan-focus-skills = Focus skills
plan-print-no-focus = No focus skills chosen yet.
plan-simple-not-easy = These steps are easy to write down and harder to do: expect weeks of practice, not a day. When work gets busy, time with people is usually the first thing to go because it pays back slowly, so protect some of it.
plan-focus-status = Status: { $status }
plan-focus-status-date = Status: { $status } · target date { $date }
plan-print-goal = Goal:
plan-now-at = Now at
plan-aiming-for = Aiming for
plan-for-example = For example ({ $place }):
plan-evidence-so-far = Evidence so far:
plan-print-resources = Resources:
plan-success = Success looks like:
plan-growth = Growth over time
plan-growth-note = Each skill's ratings at every assessment; triangles mark evidence, ticks the actions done.
plan-open-actions = Open actions from coaching sessions
plan-col-action = Action
plan-col-owner = Owner
plan-col-due = Due
plan-col-agreed = Agreed
plan-col-status = Status
plan-overdue = overdue
plan-signatures = Signatures
plan-technician = Technician
plan-coach = Coach
plan-date = Date
plan-sign-technician = Technician, date
plan-sign-coach = Coach, date
plan-page = Page
# Typst's page numbering: "1" is this page, the second "1" the last; keep
# the letters a, i, A and I out of it.
plan-page-of = 1 of 1
plan-fact-coach = Coach: { $coach }
plan-fact-date = Date: { $date }
plan-fact-dates = Date: { $date } · Review: { $review }
plan-list-strengths = Strengths you listed
plan-list-growing = Growing, as recommended
plan-list-talk = Worth talking about
plan-list-own-strengths = My own strengths
plan-list-own-goals = My own goals
plan-growing-into = Growing into { $what }
plan-evidence-line = { $date }: { $text }
plan-evidence-seen = { $date }: { $text } (seen by { $who })
plan-evidence-seen-named = { $date }: { $text } (seen by { $who }, { $name })
plan-template-failed = Your template { $path } could not be used ({ $reason }); the built-in layout was used instead.

## The charts' layers and keys. In layer-assessment, $which is "first",
## "previous", "latest" or another word (an earlier one); $rater is "self" or
## "coach".
layer-assessment = { $which ->
    [first] { $rater ->
        [self] First self-rating
       *[coach] First coach rating
    }
    [previous] { $rater ->
        [self] Previous self-rating
       *[coach] Previous coach rating
    }
    [latest] { $rater ->
        [self] Latest self-rating
       *[coach] Latest coach rating
    }
   *[other] { $rater ->
        [self] Self-rating
       *[coach] Coach rating
    }
}, { $date }
layer-target = Target
layer-colleagues = Colleagues ({ $n ->
    [one] 1 answer
   *[other] { $n } answers
}), { $date }
growth-key-self = Self
growth-key-coach = Coach
growth-key-colleagues = Colleagues
growth-key-target = Target
growth-key-evidence = Evidence
growth-key-action-done = Action done
cal-name = Lodestar coaching
cal-tomorrow = Tomorrow: { $title }

## Spreadsheets: the columns of an exported list (read back on import in
## any language) and the import's refusals.
sheet-col-ignore = (not used)
sheet-col-skill = Skill
sheet-col-id = Id
sheet-col-description = Description
sheet-col-keywords = Keywords
sheet-col-level = Level { $name }
sheet-col-examples = Level { $name } examples
sheet-col-strategies = Strategies
sheet-col-prompts = Prompts
sheet-col-role = Role: { $name }
import-no-skill-column = Say which column holds the skills' names.
import-unusable = The list cannot be used: { $reason }.
import-title-long = The title is too long: at most { $max } characters fit.
import-names-no-levels = Level names are given, but no column is a level.
import-level-twice = Two columns are Level { $n }; give each level one column.
import-level-missing = No column is Level { $n }; the levels must run from 1 without a gap.
import-too-many-names = { $names } level names are given for { $columns } level columns.
import-level-name-long = The level name "{ $name }" is too long: at most 40 characters fit.
import-level-names = The levels' names: { $reason }.
sheet-ratings = Ratings
sheet-actions = Actions
sheet-plan = Plan
sheet-team = Team
sheet-list = List
sheet-default-name = Sheet
sheet-not-applicable = Not applicable
sheet-agreed-session = session { $date }
sheet-agreed-plan = plan: { $skill }
sheet-col-date = Date
sheet-col-rated-by = Rated by
sheet-col-level-number = Level
sheet-col-level-name = Level name
sheet-col-target = Target
sheet-col-note = Note
sheet-col-focus-skill = Focus skill
sheet-col-goal = Goal
sheet-col-now = Now
sheet-col-measure = How success is measured
sheet-col-target-date = Target date
sheet-col-resources = Resources
sheet-col-technician = Technician
sheet-col-job-role = Role
sheet-col-team = Team
sheet-col-coach = Coach
sheet-col-list = List
sheet-col-last-rated = Last rated
sheet-col-skill-target = { $skill }: target
copy-by-lodestar-moving = Lodestar, moving the profiles folder,
copy-by-drive-or-onedrive = Google Drive or OneDrive
copies-merged = Merged a copy of “{ $name }” that { $who } made when two computers changed it ({ $what }). The copy is in the backups.
copies-restored = “{ $name }” was missing; the copy { $who } made of it ({ $file }) is now the profile.
copies-need-choice = A copy of “{ $name }” that { $who } made changes the same things differently ({ $fields }). Open “{ $name }” in Lodestar to choose; the copy stays where it is until then.

## Problems with files and folders. In io-failed, $action is what was being
## done.
io-failed = Could not { $action ->
    [read] read
    [save] save
    [create] create
    [lock] lock
    [move] move
    [remove] remove
    [restore] restore
    [move-aside] move aside
    [set-aside] set aside
    [move-to-the-trash] move to the trash
    [open-the-lock-file] open the lock file
    [read-the-folder] read the folder
    [create-the-folder] create the folder
   *[other] { $action }
} { $path }: { $reason }.
io-disk-full = the disk is full. Free some space and try again
io-permission = permission was denied
io-no-folder = its folder does not exist
io-not-found = it does not exist
io-read-only = the disk is read-only
io-quota = your disk quota is used up
io-too-large = the file is larger than this system allows (a size limit, or a full disk). Free some space and try again
store-corrupt = The profile file { $path } could not be read ({ $reason }). It was set aside as { $set_aside } and left untouched; your other profiles are fine.
store-not-a-profile = { $path } is not a Lodestar profile: { $reason }
store-too-new = "{ $name }" was saved by a newer Lodestar (file format { $found }, this version reads up to { $supported }). Update Lodestar to open it; the file was not changed.
store-read-only = "{ $name }" is read-only here: { $reason }. Your changes were not saved.
store-changed-on-disk = "{ $name }" was changed or removed on disk by another program (a sync folder, another computer) since it was opened. Nothing was overwritten: reload to see the other version, or keep yours to replace it.
store-no-such-profile = No profile matches "{ $query }". `lodestar profiles` lists them.
store-ambiguous = "{ $query }" matches several profiles: { $matches }. Use the id instead.
store-merge = The two versions could not be merged: { $reason }. Nothing was changed.
store-catalog = The list file { $file } has a problem: { $message }
store-catalog-line = The list file { $file } has a problem at line { $line }: { $message }
store-catalog-exists = A list with the id "{ $id }" is there already. Give this one another title.
store-answer-file = { $path } is not a colleague's answer file Lodestar can read: { $reason }. Nothing was taken in.
store-answers = These answers cannot be taken in: { $reason }.
store-not-a-folder = { $path } cannot hold the profiles: { $reason }. Nothing was moved.
folder-is-a-file = it is a file
folder-inside-settings = it is inside Lodestar's own settings folder; choose a folder outside it, such as one in your synced folder
folder-profile-open-elsewhere = it is open in another Lodestar window; close it there first

## The command line.
cli-unknown-language = Lodestar does not speak "{ $tag }"; it speaks { $known }.
cli-sent-technician = Wrote "{ $name }" (without the private notes) to { $file }, ready to send.
cli-sent-coach = Wrote "{ $name }" to { $file }, ready to send.
cli-exported = Exported "{ $name }" to { $file }.
cli-list-imported = Imported the list "{ $title }" ({ $n ->
    [one] 1 skill
   *[other] { $n } skills
}, rated { $levels }) as { $id }.
cli-moved = The profiles are now kept in { $folder } ({ $how }).
cli-moved-count = { $n } moved
cli-moved-same = { $n } already there
cli-moved-merged = { $n } different from the copy already there: merged now
cli-no-profiles = No profiles yet in { $folder }.
cli-wrote-plan = Wrote the plan of "{ $name }" to { $file }.
cli-wrote-growth = Wrote the growth chart of "{ $name }" to { $file }.
cli-wrote-chart = Wrote the chart of "{ $name }" to { $file }.
cli-no-such-list = There is no list "{ $id }". `lodestar catalogs` shows the lists.
cli-no-list-at-all = No recommended list is available
cli-list-missing = warning: the list "{ $missing }" is missing; comparing with "{ $used }"
cli-compared = { $name } — compared with "{ $list }"
cli-section-strengths = Strengths — already yours, keep them:
cli-section-deepen = Strengths you also want to deepen:
cli-section-right-track = On the right track — you want these, and they are recommended:
cli-section-blind-spots = Worth talking about — recommended, not on either list yet:
cli-section-own-strengths = Your own strengths:
cli-section-own-goals = Your own goals:
cli-section-own-deepen = Your own strengths you want to deepen:
cli-section-links = Possible links, not applied (confirm them in the app):
cli-note = Note: { $line }
cli-imported = Imported "{ $name }" as { $id }.
cli-updated = Updated "{ $name }": { $what }.
cli-conflict-kept = { $field }: yours ({ $mine }) was kept; theirs was { $theirs }.
cli-conflicts-hint = Change these in the app where theirs is right.
cli-wrote-form = Wrote the feedback form for "{ $name }" ({ $n ->
    [one] 1 skill
   *[other] { $n } skills
}, request { $request }) to { $file }. Send it to colleagues as an email attachment; each one saves an answer file and sends it back. Take those in with `lodestar import FILE`.
cli-whose-one = "{ $name }"
cli-whose-all = every technician
cli-cal-sessions = { $n ->
    [one] 1 session
   *[other] { $n } sessions
}
cli-cal-actions = { $n ->
    [one] 1 action due
   *[other] { $n } actions due
}
cli-cal-reviews = { $n ->
    [one] 1 plan review
   *[other] { $n } plan reviews
}
cli-cal-empty = Nothing coming up for { $whose }: no next session, due date or review from { $today } on. Wrote an empty calendar to { $file }.
cli-cal-written = Wrote the calendar of { $whose } ({ $what }) to { $file }. Open it with your calendar program; importing it again later updates the same events.
cli-wrote = Wrote { $what } to { $file }.
cli-wrote-also = and { $file }
cli-what-profile-sheet = the ratings, actions and plan of "{ $name }"
cli-what-team = the team ({ $n ->
    [one] 1 technician
   *[other] { $n } technicians
})
cli-what-list = the list "{ $title }"

## Why a list, a scale, a colleague's answers or an export cannot be used
## (these continue a sentence, so most start in lowercase).
catalog-no-title = the list has no title
catalog-no-id = the list has no id
catalog-no-skills = the list has no skills
catalog-unnamed-skill = skill number { $n } has no name
catalog-no-skill-id = skill number { $n } has no id
catalog-skill-twice = the skill id "{ $id }" is used twice
catalog-level-count = skill "{ $skill }" describes { $count } levels; the list's scale has { $scale }, so it needs { $scale } (or none)
catalog-scale = the list's scale: { $reason }
catalog-unnamed-role = role number { $n } has no name
catalog-role-twice = the role "{ $role }" is named twice
catalog-role-skill = the role "{ $role }" expects a level in "{ $skill }", which is not on the list
catalog-role-level = the role "{ $role }" expects level { $level } in "{ $skill }"; the scale goes to { $top }
scale-count = a scale needs { $min } to { $max } levels; this one has { $n }
scale-unnamed = level { $n } of the scale has no name
scale-twice = the scale names "{ $name }" twice
merge-different-profiles = the two files are different profiles ("{ $mine }" and "{ $theirs }")
merge-unreadable = the merged profile could not be read back: { $reason }
answers-newer-format = these answers were saved by a newer Lodestar form (format { $format }); update Lodestar to take them in
answers-other-request = these answers belong to a feedback request that is not in { $name }'s profile: they may be for another technician, or for a request made on another computer. Nothing was taken in
answers-unknown-skill = the answers name the skill "{ $skill }", which the request did not ask about: the file was changed after the form saved it. Nothing was taken in; ask the colleague to send the file again
answers-skill-twice = the answers name the skill "{ $skill }" twice: the file was changed after the form saved it. Nothing was taken in
answers-level-out-of-range = the answers give "{ $skill }" the level { $level }, but the request asked for 1 to { $top }: the file was changed after the form saved it. Nothing was taken in
answers-no-id = the answer file has no answer id: it was not saved by the form. Nothing was taken in
answers-not-the-coachs = answers are taken in on the coach's computer, where the request was made: send this file to the coach. Nothing was taken in
answers-empty = the colleague saved the form without choosing a level or writing an example, so there is nothing to take in
export-no-list = no recommended list is available
export-ending = give the { $what ->
    [plan] plan
    [chart] chart
    [spreadsheet] spreadsheet
    [calendar-file] calendar file
   *[feedback-form] feedback form
} a name with one of these endings: { $endings } ({ $path })
export-no-growth = there is no growth chart for "{ $name }" yet: it needs at least two assessments
export-no-chart = there is no chart for "{ $name }": { $reason }
export-sheet = the spreadsheet could not be made: { $reason }
export-calendar = the calendar file could not be made: { $reason }
chart-no-ratings = nothing has been rated yet, so there is no chart to draw
chart-too-few-skills = a radar chart needs at least 3 skills that apply; there are { $n }
pdf-template = the plan template has an error: { $reason }
pdf-export = the PDF could not be written: { $reason }
file-cut-off = the file ends too early, at line { $line } — it looks cut off
file-too-new = it was saved by a newer Lodestar (file format { $found })
folder-unreachable = Your profiles folder { $folder } cannot be reached ({ $reason }). Showing the profiles kept in the config folder instead; connect the drive and start Lodestar again, or choose another folder in About.
catalog-id-taken = the id "{ $id }" is already used by another list; give this one its own id
sheet-kinds = Lodestar reads lists from spreadsheets (.xlsx, .ods) and CSV files (.csv)
sent-file-no-profile = the sent file holds no profile
recovered-kept = { $n ->
    [one] A set of changes that could not be saved earlier is kept in { $folder }. Use Import to bring it back.
   *[other] { $n } sets of changes that could not be saved earlier are kept in { $folder }. Use Import to bring one back.
}
cli-no-config-folder = Could not find a folder for settings; pass --config-dir DIR

## The feedback form a colleague fills in (a web page). { $name } and
## { $coach } are the technician's and the coach's names.
form-title = Feedback for { $name }
form-their-coach = their coach
form-intro = { $name } is growing into a leader, with { $coach } as coach. You work alongside them, so you see things a coach never does. For each skill below, choose the level that matches what you have seen them do, or “I haven’t seen this”. A short example of something that happened helps most of all.
form-privacy = Only { $coach } reads your answers one by one. { $name } sees the average of all colleagues, and only once at least three of you have answered, so that no single answer can be picked out. Your name goes with your answers only if you write it at the end.
form-not-seen = I haven’t seen this
form-example = An example (optional)
form-example-hint = What happened, and what did they do?
form-your-name = Your name (optional)
form-name-note = Leave it empty and your name is not saved with your answers; { $coach } still sees who sent the file.
form-save = Save my answers
form-saved = Your answers were saved as { $file } in your downloads folder. Send that file to { $coach } as an email attachment. Nothing was sent anywhere from this page.
form-empty = Nothing to save yet: choose a level or write an example for at least one skill.
form-footer = Made with Lodestar for request { $id }. This page works without an internet connection and sends nothing anywhere: your answers leave only as the file you send.
