# (After coordinator-with-bundles and the import.) The coordinator writes olena's
# receipt; the rest runs on olena's laptop.
olena_device=$(fieldsign --vault olena identity show --format json | jq -r .device_id)
fieldsign receipt --device "$olena_device" --out receipt-olena.age >/dev/null
export FIELDSIGN_VAULT="$PWD/olena"
