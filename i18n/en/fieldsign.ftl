### fieldsign: English, the fallback for every other language.
### Every id here must exist in every other file, with the same $arguments
### (tests/i18n_coverage.rs). Glossary: docs/glossary/en.md.
### In English the CLI prints the library's own summaries and errors where they exist;
### these messages mirror them for translators (docs/translating.md).

## Terms, never translated.
-fieldsign = fieldsign

## Errors and warnings printed by the command line.

error-prefix = error: { $message }
warning-core-dumps = warning: could not disable core dumps ({ $reason }); a crash could write memory to disk
error-invalid-value = error: the value given for { $arg } is not valid{ $why }; see `fieldsign --help`
error-unexpected-word = error: an unexpected word was given (not shown: it may be a value; values go in --field KEY=VALUE); see `fieldsign --help`
error-internal = error: fieldsign hit an internal error at { $place }. Nothing unsaved was written; what the screen showed as saved is safe. Please report this (without any signer data).
error-file = error: { $file }: { $message }
error-vault-in-use = the vault at { $dir } is in use by another fieldsign process; close that one first (only one may hold a vault)
error-vault-closing = the vault at { $dir } is held by a fieldsign process that is closing; try again in a few seconds
error-no-vault = no vault at { $dir }: create one with `fieldsign init` (or point --vault / FIELDSIGN_VAULT at an existing one)
error-wrong-passphrase = wrong passphrase for this vault; try again (the passphrase is case-sensitive). If you are sure it is right, the key file may be damaged: restore key.age from a backup
error-bundles-refused = { $failed } of { $total } bundle(s) were refused (see above; they changed nothing); the others were imported

## Passphrases.

prompt-vault-passphrase = Vault passphrase:{" "}
passphrase-choose = Choose the { $kind ->
    [new] new vault passphrase
   *[first] vault passphrase
}: a long phrase of several words is both strong and easy to type.
prompt-new-passphrase = New vault passphrase:{" "}
prompt-repeat-passphrase = Repeat the vault passphrase:{" "}
passphrase-short = That is short; anyone who takes the laptop can guess it. Prefer 4 or more words.
passphrase-mismatch = The two did not match; try again.
passphrase-changed = Passphrase changed. The old one no longer opens this vault.

## Vault and identity.

vault-created = Created a vault at { $dir }
vault-device = Device { $device }, signing key fingerprint { $fingerprint }
vault-next = Next: `fieldsign campaign join FILE` (organizer) or `fieldsign campaign create --title …` (coordinator).
identity-exported = Wrote this vault's SECRET age identity to { $file } (mode 0600). Anyone holding it can read every bundle sent to this vault: keep it on an encrypted disk and delete it when done.

## Campaigns and events.

campaign-created = Created campaign "{ $title }" ({ $id }). Give { $file } to organizers: `fieldsign campaign join { $file }`; its coordinator key fingerprint is { $fingerprint }.
campaign-joined = Joined "{ $title }" ({ $id }). Coordinator key fingerprint { $fingerprint }: check it with your coordinator by phone or in person.
campaign-none = No campaigns yet: `fieldsign campaign join FILE` or `fieldsign campaign create --title …`.
show-role = role
show-role-coordinator = coordinator (this vault holds the campaign's signing key)
show-role-organizer = organizer
show-coordinator-key = coordinator key
show-goal = goal
show-goal-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
show-no-goal = none set
show-fields = fields
show-required = required
show-field-role = role { $role }
show-no-events = none yet
show-event-records = { $count ->
    [one] { $count } record
   *[other] { $count } records
}
show-texts = petition text
show-no-texts = none: the campaign file carries no petition text; ask the coordinator for it
show-text-heading = Petition text, { $language } ({ $number } of { $count }):

## Records.

record-amended = Amended { $id }.
record-voided = Voided { $id }; it no longer counts.
csv-imported = Imported { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
} into "{ $event }" (sheets { $first }–{ $last }).

## Bundles, receipts, devices.

bundle-what-all = everything held
bundle-what-new = everything the coordinator has not acknowledged
bundle-written = Wrote { $file } ({ $bytes } bytes): { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operations
} ({ $adds ->
    [one] { $adds } new line
   *[other] { $adds } new lines
}, { $amends ->
    [one] { $amends } amendment
   *[other] { $amends } amendments
}, { $voids ->
    [one] { $voids } void
   *[other] { $voids } voids
}) and { $events ->
    [one] { $events } event
   *[other] { $events } events
} of "{ $title }", { $what }, encrypted to { $recipients ->
    [one] { $recipients } coordinator recipient
   *[other] { $recipients } coordinator recipients
} and signed by this device ({ $fingerprint }).
bundle-empty = Note: the coordinator already acknowledged everything; this bundle carries no operations.
device-pinned = Pinned new device { $device } with fingerprint { $fingerprint }: check it with the organizer in person or by phone.
bundle-replay = { $file }: already imported (replay): all { $known } operations were known; nothing changed.
bundle-imported = { $file }: imported into "{ $title }" from device { $device } ({ $fingerprint }): { $records ->
    [one] { $records } new record
   *[other] { $records } new records
}, { $amends ->
    [one] { $amends } amendment
   *[other] { $amends } amendments
}, { $voids ->
    [one] { $voids } void
   *[other] { $voids } voids
}, { $events ->
    [one] { $events } new event
   *[other] { $events } new events
}, { $known } already known, 0 conflicts; operations of { $replicas }.
receipt-imported = Receipt from the coordinator of "{ $title }" ({ $created }): { $acknowledged } operations newly acknowledged; { $unacknowledged } still to send. `fieldsign purge --acknowledged` removes what was delivered from this laptop.
receipt-ignored = Warning: the receipt also acknowledged { $ignored } operation(s) this laptop never wrote (numbers it has not used, or other devices'); they were ignored, so purge cannot remove anything on their account. Tell the coordinator: another device may have sent operations in this laptop's name.
receipt-written = Wrote { $file }: acknowledges { $count } operations to device { $device } ({ $fingerprint }) for "{ $title }", encrypted to that device. Send it back to the organizer.
device-none = No devices yet: they are pinned when their first bundle is imported.
device-revoked = Revoked device { $device } ({ $fingerprint }): its later bundles are refused. What it sent before stays; review it with `fieldsign list`.

## `verify`: one label and its value a line.

verify-file = file
verify-format = format
verify-campaign = campaign
verify-device = device
verify-created = created
verify-recipients = recipients
verify-ranges = ranges
verify-replicas = replicas
verify-operations = operations
verify-events = events
verify-signed-by = signed by
verify-acknowledges = acknowledges
verify-signature-valid = { $format } v{ $version } (signature valid)
verify-device-fingerprint = { $device } fingerprint { $fingerprint } — { $status }
verify-device-known = known (pinned)
verify-device-unknown = not known yet (importing pins it)
verify-device-revoked = REVOKED (import would be refused)
verify-device-mismatch = KEY MISMATCH: pinned with { $pinned } (import would be refused)
verify-operation-kinds = { $ops } ({ $adds ->
    [one] { $adds } new line
   *[other] { $adds } new lines
}, { $amends ->
    [one] { $amends } amendment
   *[other] { $amends } amendments
}, { $voids ->
    [one] { $voids } void
   *[other] { $voids } voids
})
verify-from-coordinator = the campaign's coordinator
verify-not-coordinator = NOT this campaign's coordinator (import would be refused)
verify-acknowledged = { $ranges } ({ $count } operations)

## Purge.

purge-done = { $valid } delivered and purged
purge-also = ; values also removed from { $lines } (still counted as such)
purge-illegible-lines = { $count ->
    [one] { $count } illegible line
   *[other] { $count } illegible lines
}
purge-void-lines = { $count ->
    [one] { $count } void line
   *[other] { $count } void lines
}
purge-and = { $first } and { $second }
purge-cleared = ; { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operations
} cleared; { $waiting ->
    [one] { $waiting } record waits
   *[other] { $waiting } records wait
} for a receipt.
purge-rewritten = The database was rewritten without them.
purge-nothing = Nothing to purge: import a receipt from the coordinator first (`fieldsign import receipt FILE`).

## Reports, delivery exports, duplicates.

report-all = all
report-event = event { $name } { $date }
report-device = device { $device }
report-by-country = valid by country: { $countries }
report-purged = { $count } delivered and purged from this vault (counted, values removed).
export-written = Wrote { $count ->
    [one] { $count } valid signature
   *[other] { $count } valid signatures
} of "{ $title }" to { $file }.
export-plain-warning = WARNING: { $file } is PLAIN TEXT: anyone who gets it can read every signer's name and contact. Deliver it over a safe channel and delete it when done.
export-purged-left-out = { $count ->
    [one] { $count } purged record was left out: its values are only at the coordinator.
   *[other] { $count } purged records were left out: their values are only at the coordinator.
}
dedupe-none = No likely duplicates among { $count ->
    [one] { $count } valid record
   *[other] { $count } valid records
}.
dedupe-none-likely = No likely duplicates among { $count ->
    [one] { $count } valid record
   *[other] { $count } valid records
} (`--possible` also lists pairs worth a review).
dedupe-groups = { $count ->
    [one] { $count } group
   *[other] { $count } groups
} of likely duplicates, best first. Check the paper sheets, then `fieldsign void ID --reason "duplicate of …"` the extra ones.
dedupe-groups-possible = { $count ->
    [one] { $count } group
   *[other] { $count } groups
} of likely or possible duplicates, best first. Check the paper sheets, then `fieldsign void ID --reason "duplicate of …"` the extra ones.

## More errors from the vault

error-already-exists = there is already a vault at { $dir }; use it, or choose another folder with --vault
error-unknown-campaign = no campaign matches the --campaign given (not shown: it may be a value); `fieldsign campaign list` shows them, or join one with `fieldsign campaign join FILE`
error-no-campaigns = this vault has no campaign yet; join one with `fieldsign campaign join FILE` or create one with `fieldsign campaign create`
error-campaign-needed = this vault has several campaigns ({ $campaigns }); name one with --campaign
error-ambiguous-campaign = the --campaign given matches several campaigns ({ $matches }); give the id instead
error-unknown-event = no event matches the --event given (not shown: it may be a value) in this campaign; `fieldsign event list` shows them, `fieldsign event create` adds one
error-ambiguous-event = the --event given matches several events ({ $matches }); give the id instead
error-unknown-record = no record with id { $id } in this vault; `fieldsign list` shows the ids

## The terminal UI (src/tui). Key names (Enter, Esc, Tab, Ctrl-L) stay as printed on the keys.
## Key tables: "-help" is the F1 help line, the short form is the footer word.
key-privacy-help = privacy mode: hide earlier entries' personal fields
key-lock-help = lock now; also by itself after a while without a key
key-lock = lock
key-quit-help = quit (asks first if something is half typed)
key-quit = quit
key-help-help = this help (? only where no text field has focus)
key-help = help
key-quit-lose = quit and lose it
key-go-back-to-it = go back to it
key-close-help-help = close this help
key-close-help = close help
key-unlock-help = unlock with the passphrase typed
key-unlock = unlock
key-home-choose-help = choose a campaign or event
key-first-last-help = the first / last line of the list
key-home-open-help = on an event: type its sheets; on a campaign: browse it
key-type-sheets = type sheets
key-new-event-help = create an event in the chosen campaign
key-new-event = new event
key-browse-help = browse, search and correct the campaign's records
key-browse = browse
key-join-help = join a campaign file from your coordinator
key-join = join
key-create-help = create a local campaign
key-create = create
key-export-help = export a bundle of the chosen campaign for the coordinator
key-export = export
key-import-help = import a bundle (coordinator) or a receipt (organizer)
key-petition-help = read the campaign's petition text (to read it to a signer)
key-dashboard-help = coordinator: the dashboard of the chosen campaign
key-second-entry-help = on an event: type its sheets again, blind (double entry)
key-devices-help = coordinator: the devices of the chosen campaign
key-devices = devices
key-receipt-help = write a receipt for the chosen device (asks for the file)
key-receipt = write receipt
key-receipt-path-help = the receipt's file, e.g. on the USB stick
key-revoke-help = revoke the chosen device (asks first, showing its fingerprint)
key-revoke = revoke
key-create-event-help = create the event
key-confirm = confirm
key-next-field = next field
key-cancel-event-help = cancel: no event is created
key-cancel = cancel
key-confirm-prompt-help = confirm the prompt
key-complete = complete
key-cancel-prompt-help = cancel the prompt
key-complete-help = complete the file or folder name typed so far
key-next-field-help = next field (Shift-Tab, ↑ ↓ move too)
key-type = type
key-search-help = search as you type (any field; accents and case ignored)
key-search = search
key-move-help = move through the list
key-choose = choose
key-page-help = a page up / down
key-first-last-record-help = first / last record
key-open-record-help = open the record: amend, void, history
key-open = open
key-sort-help = sort: sheet/line, newest first, oldest first
key-sort = sort
key-clear-search-help = clear the search, then back
key-back = back
key-count-again-help = count again (after importing bundles)
key-count-again = count again
key-back-campaigns-help = back to the campaigns
key-entry-field-help = next / previous field (also ↓ ↑)
key-save-line-help = save the line (on disk first); twice: save a duplicate
key-save = save
key-illegible-help = save this paper line as illegible or crossed out
key-illegible = illegible
key-next-sheet-help = start the next paper sheet
key-next-sheet = next sheet
key-sheet-setup-help = sheet setup: sheet number, next line, lines per sheet
key-clear-line-help = clear the whole line; Ctrl-U clears one field
key-browse-event-help = browse and correct this event's records
key-petition-entry-help = the petition text, to read to a signer; Esc comes back
key-tick-help = tick / untick a checkbox field
key-entry-back-help = back to home (asks first if the line is half typed)
key-all-keys = all keys
key-apply-setup-help = apply the sheet number, next line and lines per sheet
key-apply = apply
key-next = next
key-cancel-setup-help = cancel: the sheet stays as it was
key-export-path-help = where to write the bundle (~ is your home folder)
key-write-help = write it (asks before replacing a file)
key-write-file = write file
key-all-new-help = everything held, or only what is not acknowledged
key-all-new = all / new
key-import-path-help = the bundle or receipt file's path (~ is your home folder)
key-import-it-help = verify and import it
key-import = import
key-purge-delivered-help = purge: remove from this laptop the personal data the coordinator acknowledged (asks first)
key-purge-delivered = purge delivered
key-next-language-help = the text in the campaign's next language
key-next-language = next language
key-scroll-help = scroll a text longer than the window
key-scroll = scroll
key-purge-now-help = purge now: the values are removed from this laptop for good
key-purge-now = purge, cannot be undone
key-keep-help = keep everything and go back
key-keep = keep and go back
key-amend-help = amend: change values (the old ones stay in the history)
key-amend = amend
key-void-help = void with a reason: the record stops counting
key-void = void
key-history-help = show or hide the history of changes
key-history = history
key-back-list-help = back to the list
key-save-amendment-help = save the amendment (the old values stay in the history)
key-cancel-nothing-help = cancel: nothing changes
key-void-reason-help = void it with the reason typed (it stops counting; its history stays)
key-switch-field-help = switch between the two passphrase fields
key-switch-field = switch field
key-wizard-next-help = next field, then create the vault
key-join-file = join file
key-create-campaign = create campaign
key-skip-help = skip this step (the home screen offers both too)
key-skip = skip

## The frame around every screen.
tui-privacy-on = PRIVACY ON
tui-quit-anyway = Quit anyway and lose it?
tui-quit-title = Quit?
# $size is the window now, $needs the smallest that works ("80×24").
tui-too-small = Window too small ({ $size }; needs { $needs }).
tui-too-small-keys =
    Make it bigger to go on; until then keys are ignored,
    except Ctrl-L (lock) and Ctrl-Q (quit).
tui-too-small-sheet = Sheet { $sheet } stays open as it was.
tui-help-heading = Keys on this screen ({ $screen })
tui-help-everywhere = Everywhere
tui-help-close = Esc closes this help
tui-help-title = Help

## Why a field's value is refused: "{ field } { problem }", so each starts lower-case.
## The rule only, never the value typed.
# $field is the field's key (`email`), $problem one of the value-* messages.
error-field-value = field `{ $field }` { $problem }
value-required = is required
value-too-long = is too long (at most { $graphemes } characters, and { $bytes } bytes however the characters are written)
value-control = contains control characters (such as terminal escapes, tabs or line breaks)
value-bidi = contains text-direction overrides (U+202A–U+202E, U+2066–U+2069 or direction marks)
value-invisible = contains invisible characters (such as a zero-width space or a soft hyphen)
value-email = is not an email address (expected name@example.org)
value-phone = is not a phone number (digits, spaces, + - ( ) . ; 5 to 20 digits)
value-country = is not an ISO 3166 country code (two letters, e.g. DE, GR, IN)
value-postcode = is not a postcode (letters, digits, spaces and -; at most 12)
value-date = is not a date (expected YYYY-MM-DD)
value-checkbox = is not a checkbox value (yes/no, y/n, x, 1/0, true/false)
value-choice = is not one of: { $options }

## Sheet entry's and the event form's fields: the labels of the standard fields
## (a campaign's own fields show their key) and what a field expects.
field-name = Name
field-email = Email
field-phone = Phone
field-city = City
field-country = Country
field-postcode = Postcode
field-contact-ok = Contact ok
field-place = Place
field-date = Date
hint-phone = digits, + - ( )
hint-country = 2 letters: DE, GR, IN…
hint-postcode = letters, digits, -
hint-checkbox = Space ticks / unticks
hint-choice = one of: { $options }

## The unlock screen.
title-locked = locked
unlock-heading = The vault is locked.
unlock-vault = Vault:
unlock-passphrase = Passphrase:
unlock-busy = Unlocking… (this takes a second or two on purpose)
unlock-hint = Type the passphrase and press Enter.
unlock-empty = Type the vault's passphrase, then press Enter.
unlock-wrong = Wrong passphrase. Try again (it is case-sensitive: check Caps Lock and the keyboard layout).

## Locking and privacy mode.
# $limit is a duration-* message ("5 min").
lock-idle = Locked by itself after { $limit } without a key press. Unlock to go on where you were.
lock-key = Locked (Ctrl-L). Unlock to go on where you were.
privacy-on = Privacy mode on: earlier entries' personal fields are hidden. Ctrl-P shows them.
privacy-off = Privacy mode off.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s

## The purge in the TUI, while its thread rewrites the database.
purge-quit-after = The purge is rewriting the database and is not stopped halfway: fieldsign quits as soon as it is done.
purge-vault-busy = another part of fieldsign is still reading the vault; try again in a moment
# $error says why, in the library's words.
purge-stopped = The purge stopped: { $error }. Unlock to see where it stands, then purge again if records still wait.

## What to do here, in the TUI, added in parentheses to an error that asks for something
## (the command line adds its flags instead). Where the TUI cannot do it, say to quit
## first: the command line cannot open the vault while the TUI holds it.
tui-hint-join = on home, j joins a campaign file
tui-hint-event-exists = it is in the list on home: choose it and press Enter
tui-hint-other-identity = to open it with another identity file, quit, then run `fieldsign import bundle FILE --identity KEY`
tui-hint-larger-file = for a larger file, quit, then run `fieldsign import bundle --max-size SIZE FILE`
dashboard-no-goal = No goal set (to set one, quit and run `fieldsign campaign goal`).

## Screen titles (after "fieldsign · " in the title bar).
title-home = home
title-devices = devices

## Counts shown on several screens.
count-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
count-lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
counting = counting…
role-coordinator = coordinator
role-organizer = organizer

## Home: the campaigns and their events.
home-heading = Campaigns and events
home-empty = No campaign in this vault yet.
home-empty-join = join the campaign file your coordinator gave you
home-empty-create = create a local campaign that you coordinate yourself
home-new-event = new event…
# $campaign is the campaign's title, as its coordinator wrote it.
home-new-event-title = New event in "{ $campaign }" (Enter creates, Esc cancels)
home-event-created = Created the event "{ $event }". Enter starts typing its sheets.
home-second-entry-event = Choose an event first (↑ ↓): v types its sheets again, blind, to verify them.
home-campaign-first = Join (j) or create (c) a campaign first; events belong to a campaign.
home-this-device = This device:
home-device-checked = (the coordinator checks it)
home-dashboard-coordinators = The dashboard is the coordinator's: it counts what arrives from every organizer. What this laptop holds is counted under the list here.
home-devices-coordinators = The devices screen is the coordinator's: it lists the devices whose bundles this vault imported.
# The chosen campaign's standing, joined with " · ".
standing-valid = { $count } valid
standing-void = { $count } void
standing-illegible = { $count } illegible
standing-purged = { $count } delivered and purged
standing-unsent = { $count ->
    [one] { $count } change not yet sent
   *[other] { $count } changes not yet sent
}
# $time is "2026-11-28 12:00 UTC".
standing-last-bundle = last bundle { $time }
standing-no-bundle = no bundle written yet
# "a, b and c": $rest is the items before the last, joined with ", ".
list-and = { $rest } and { $last }

## Sheet entry. Sheet and line numbers are as written on the paper.
title-entry = sheet entry
entry-start = Sheet { $sheet }, line { $line }: type the first signer. Tab moves between fields, Enter saves.
entry-continue = Continuing sheet { $sheet } at line { $line }. Ctrl-N starts sheet { $next }.
entry-not-saved-check = Not saved. Check the line against the paper (Ctrl-T sets the line number), then Enter.
entry-unsaved-leave = Line { $line } is typed but not saved. Enter saves it; Esc again drops it and goes back.
entry-unsaved-next = Line { $line } is typed but not saved. Enter saves it; Ctrl-N again drops it and starts sheet { $next }.
entry-unsaved-resume = Line { $line } of sheet { $sheet } is typed but not saved.
entry-sheet-line = sheet { $sheet } line { $line }
entry-sheet-line-elsewhere = sheet { $sheet } line { $line } of another event
entry-nothing-typed = Nothing typed on line { $line }. Type the signer, or Ctrl-X if the paper line is illegible or crossed out.
# $fields are the fields' labels, as list-and joins them.
entry-fix-fields = Line { $line } not saved: fix { $fields } (marked ✗), then Enter.
entry-fix-marked = Line { $line } not saved: fix the fields marked ✗, then Enter.
# $again is entry-again-save or entry-again-illegible.
entry-again-save = Enter again
entry-again-illegible = Ctrl-X again
entry-retype = Sheet { $sheet } line { $line } is already typed: { $again } saves a second entry, Esc goes back.
entry-beyond = Line { $line } is beyond the { $lines } lines of a paper sheet: { $again } saves it, Esc goes back (Ctrl-T changes the sheet's setup).
# $places are entry-sheet-line messages joined with ", ".
entry-duplicate = Likely the same signer as { $places }. Enter again saves anyway; Esc goes back to the line.
entry-likely-duplicate = ⚠ Likely duplicate of { $places }
# $error is why (an error message).
entry-not-saved-error = Line { $line } NOT saved: { $error }
# $what is entry-sheet-line or entry-saved-illegible.
entry-saved = ✓ Saved { $what }. Now line { $line }.
entry-saved-complete = ✓ Saved { $what }. Sheet { $sheet } is complete ({ $count } of { $lines }): Ctrl-N starts sheet { $next }.
entry-saved-illegible = sheet { $sheet } line { $line } as illegible
entry-next-paper = Sheet { $sheet }, line { $line }: take the next paper sheet.
entry-setup-heading = Sheet setup (Enter applies, Esc cancels)
entry-setup-number = must be a number from 1
entry-setup-session-only = The lines per sheet hold for this session only: { $error }
entry-setup-done = Sheet { $sheet }, next line { $line }.
entry-tally-complete = { $count } of { $lines } lines typed · sheet complete
entry-tally-left = { $count } of { $lines } lines typed · { $left } to go
entry-tally = { $count ->
    [one] { $count } line typed on this sheet
   *[other] { $count } lines typed on this sheet
}
# Before the sheet and line numbers: "Sheet 3   Line 12".
entry-sheet = Sheet
entry-line = Line
entry-nothing-saved = Nothing saved on this sheet yet.
entry-privacy-mode = privacy mode
entry-illegible = illegible
entry-last-saved = Last saved:
# Blind second entry (double entry): the same sheet typed again without seeing the
# first entry. Never shows a value of the first entry; names fields only.
entry-blind-heading = second entry, blind
entry-blind-start = Second entry of sheet { $sheet }, from line { $line }: type what the paper says. The first entry is not shown.
entry-blind-none = No line of this event waits for a second entry in this vault. Type sheets that were typed before (Ctrl-T sets the sheet and line).
entry-blind-tally = { $count ->
    [one] { $count } line typed
   *[other] { $count } lines typed
} · { $again } typed again
# $fields are the fields' labels, as list-and joins them.
entry-blind-differs = Line { $line } NOT saved yet: it differs from the first entry in { $fields }. Read the paper again and type what it says (the fields are cleared), then { $again }.
entry-blind-differs-kind = Line { $line } NOT saved yet: it differs from the first entry in whether the paper line is a signature or illegible. Look at the paper again: Enter saves a signature, Ctrl-X an illegible line.
# Named among the differing fields when the line kind differs.
entry-blind-kind-field = signature or illegible
entry-blind-read-paper = differs from the first entry: type what the paper says
entry-blind-agrees = ✓ Saved { $what }: it agrees with the first entry, verified. Now line { $line }.
entry-blind-still-differs = Saved { $what }; it still differs from the first entry in { $fields }: left for resolution. Now line { $line }.
entry-blind-sheet-done = Every typed line of sheet { $sheet } has a second entry now: Ctrl-N for sheet { $next }.
entry-blind-last-agrees = agrees, verified
entry-blind-last-differs = differs in { $fields }: left for resolution
entry-blind-nothing-saved = Nothing saved in this second entry yet.
# The sheet setup's fields.
field-sheet = Sheet
field-next-line = Next line
field-lines-per-sheet = Lines per sheet

## The first start: creating the vault, then a campaign.
title-first-start = first start
# $min is the fewest characters a passphrase may have.
wizard-too-short = Use at least { $min } characters; several words are best.
wizard-differ = The two passphrases differ. Type it again in the second field.
wizard-welcome = Welcome to fieldsign. Step 1 of 2: create your vault
# Followed by the vault's folder on a line of its own.
wizard-encrypted = Everything you type is kept encrypted in a vault in
wizard-choose =
    Choose a passphrase to lock it. A phrase of four or more words is
    strong and easy to type. Nobody can recover it if it is lost.
wizard-passphrase = Passphrase:
wizard-repeat = Repeat it:
wizard-strength = Strength:
wizard-creating = Creating the vault… (a second or two)
wizard-keys = Tab switches fields · Enter creates the vault
strength-empty = type a passphrase
strength-too-short = too short: anyone holding the laptop could guess it
strength-strong = strong
strength-fair = fair: four or more words would be stronger
strength-weak = weak: use four or more words
setup-heading = Vault created. Step 2 of 2: your campaign
setup-either = Signatures belong to a campaign. Either:
setup-join-file = (a .fieldsign file, e.g. on a USB stick)
setup-skip = skip for now (the home screen offers both too)

## The prompts for joining or creating a campaign (home and the first start).
prompt-campaign-file = Campaign file:
prompt-campaign-title = Campaign title:
prompt-file-needed = type the path of the campaign file your coordinator gave you
# $fingerprint is the coordinator's key, to be compared aloud.
prompt-joined = Joined "{ $campaign }". Coordinator key { $fingerprint }: check it with your coordinator in person or by phone.
prompt-title-needed = type a title, e.g. "Free them all"
prompt-created = Created the local campaign "{ $campaign }" with the standard fields. Next: create an event (n).
prompt-join-keys = Enter join · Tab completes · Esc cancel · ~ is your home folder
prompt-create-keys = Enter create · Esc cancel

## Completing a file name with Tab.
complete-none = No file or folder starts like that.
complete-only = That is the only name that fits: nothing more to complete.
# $names are the first few that fit, joined with ", ".
complete-several = { $count } names fit: { $names }. Type more, then Tab again.

## Browsing a campaign's records.
title-browse = browse
order-paper = sheet/line
order-newest = newest first
order-oldest = oldest first
browse-reading = reading the records…
browse-count = { $count ->
    [one] { $count } match
   *[other] { $count } matches
} · sorted by { $order }
browse-search = Search:
browse-sorted = Sorted by { $order }.
browse-no-records = No records yet: type some sheets first.
browse-no-match = Nothing matches. Esc clears the search.
# Column titles of the record list, upper case where the script has it.
column-event = EVENT
column-sheet = SHEET
column-line = LINE
column-status = STATUS
# A record's status in the list.
status-ok = ok
status-illegible = illegible
status-void = VOID
status-purged = purged

## One record: its values, amending, voiding, its history.
title-record = record
record-purged-refused = This record was delivered to the coordinator and purged from this vault: it cannot be changed here. Ask the coordinator to amend or void it.
record-nothing-changed = Nothing changed.
# $fields are the changed fields' keys, joined with ", ".
record-amended-tui = ✓ Amended ({ $fields }). The old values stay in the history.
record-fix-marked = Not saved: fix the fields marked ✗.
record-not-saved = Not saved: { $error }
record-void-why = Say why, e.g. "duplicate of sheet 3 line 4", then Enter.
record-voided-tui = ✓ Voided: it no longer counts. Its history stays.
record-not-voided = Not voided: { $error }
# $time is "2026-11-28 12:00 UTC", $device a device id.
record-typed = typed { $time } by device { $device }
record-no-origin = (its paper line has not arrived yet)
record-values-purged = values purged here
# $entered is record-typed (or nothing), $id the record's id.
record-entered-id = { $entered } · id { $id }
record-amend-heading = Amend: change the values, Enter saves, Esc cancels
record-voided-because = Voided: { $reason }
record-void-prompt = Why void it?
record-void-keys = Enter voids (it stops counting; history stays) · Esc cancels
record-reading-history = reading the history…
record-history = History, oldest first
record-history-purged = delivered to the coordinator; its values were purged here
record-unsaved-amend = An amendment is typed but not saved.
record-unsaved-void = A void is typed but not saved.
record-status-valid = valid
record-status-illegible = illegible
record-status-void = void
record-status-purged = purged
# $values are "Label value" pairs joined with " · ".
history-added = added sheet { $sheet } line { $line }: { $values }
# $values are history-cleared or "Label = value", joined with ", ".
history-amended = amended { $values }
history-cleared = { $field } cleared
history-voided = voided: { $reason }
# $others are record ids joined with ", ", $keep one record id.
history-decided-kept = decided the same signer as { $others }; this one kept
history-decided-duplicate = decided a duplicate of { $keep }
history-decided-different = decided a different person from { $others }
history-verified-kept = verified by double entry ({ $others }); this one kept
history-verified-entry = an entry of the same paper line as { $keep }, kept as its verification
history-undone = a decision undone

## Choosing the language of the screens (home, l).
key-language-help = the language of the screens (kept in this vault)
key-language-choose-help = show the screens in this language and keep it in this vault
key-language-cancel-help = cancel: the language stays as it is
language-heading = Language of the screens (Enter chooses, Esc cancels)
# $language is the language's own name ("русский").
language-chosen = Language: { $language }. Kept in this vault; `--lang` and FIELDSIGN_LANG still choose for one run.
language-not-kept = Language: { $language }, for this session only (not kept: { $error })

## The coordinator's devices of a campaign.
devices-heading = Devices of "{ $title }"
devices-col-fingerprint = FINGERPRINT
devices-col-first = FIRST
devices-col-last = LAST BUNDLE
devices-col-ops = OPS
devices-col-records = RECORDS
devices-col-revoked = REVOKED
devices-not-pinned = (no bundle)
devices-not-pinned-help = This device has sent no bundle here (this vault's own, or known only from others' bundles): there is no key to revoke or to write a receipt to.
# $first and $last are "2026-11-28 12:00 UTC" or "—".
devices-detail = device { $device } · { $fingerprint } · first bundle { $first }, last { $last }
devices-already-revoked = This device is revoked already.
devices-revoke-ask = Revoke the device with fingerprint { $fingerprint }? Every bundle it signs from now on is refused; what it sent before stays.
devices-receipt-for = Receipt for the device { $fingerprint }: it acknowledges what this vault holds under its signature.
devices-receipt-file = File:
devices-receipt-file-needed = Type where to write the receipt, e.g. on the USB stick.
devices-receipt-exists = { $file } exists. Enter again replaces it; or change the name.
devices-receipt-writing = sealing and writing the receipt…
# $error says why, in the library's words.
devices-nothing-changed = { $error } Nothing was written or changed.
