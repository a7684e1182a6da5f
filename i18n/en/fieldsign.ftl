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
