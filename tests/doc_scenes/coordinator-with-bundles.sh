# A coordinator with the campaign "Free them all" (event "Vigil"), two organizers
# (olena, ana) who joined it and sent one bundle each, and the coordinator's age
# identity as coordinator.key. Ends in the coordinator's vault.
export FIELDSIGN_VAULT="$PWD/coordinator"
fieldsign init >/dev/null
fieldsign campaign create --title "Free them all" --out campaign.fieldsign >/dev/null
fieldsign event create --campaign "Free them" --name "Vigil" --date 2026-11-28 >/dev/null
fieldsign identity export --out coordinator.key >/dev/null
for who in olena ana; do
  fieldsign --vault "$who" init >/dev/null
  fieldsign --vault "$who" campaign join campaign.fieldsign >/dev/null
  fieldsign --vault "$who" event create --campaign "Free them" --name "Vigil at the embassy" --date 2026-11-28 >/dev/null
  fieldsign --vault "$who" add --campaign "Free them" --event Vigil --sheet 1 --line 1 \
    --field name="Signer of $who" --field country=UA >/dev/null
  fieldsign --vault "$who" export bundle --campaign "Free them" --out "$who-2026-11-28.age" >/dev/null
done
cp olena-2026-11-28.age bundle.age
