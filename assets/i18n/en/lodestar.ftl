# Lodestar's texts in English: the reference every other language follows.
# A message is `id = text`; `{ $name }` is filled in by the program, and
# `{ $n -> [one] … *[other] … }` chooses by the language's plural rules.
# To add a language, copy this folder to assets/i18n/<tag>/ (a BCP 47 tag:
# de, fr, es, pt-BR…) and translate every message; see the README.

## The language itself, as its speakers write it (for the language menu).
language-name = English

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
