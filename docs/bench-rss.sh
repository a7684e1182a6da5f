#!/bin/bash
# usage: bash docs/bench-rss.sh N   (from the repository root, after cargo build --release)
#
# Peak memory of the bundle commands at N operations (issue 10 §4), by hand, not in CI:
# an organizer types N lines (`import csv`, in files of 100 000 rows so that the CSV
# import's own memory stays out of the picture), then `export bundle`, `verify` and
# `import bundle` into an empty coordinator vault run under `/usr/bin/time`, and the
# standard `age` tool on the same bytes as the peer: `age -d` of the bundle, and
# `age -r` encrypting the bundle's plaintext (piped from `age -d`, never on disk) to the
# coordinator's recipient. Prints one line per step: wall seconds, CPU seconds (user +
# system), peak RSS in MiB.
set -e
N=$1
B=${B:-target/release/fieldsign}
B=$(realpath "$B")
W=${W:-$(pwd)/target/tmp/bench-rss-$N}
rm -rf "$W" && mkdir -p "$W" && cd "$W"
echo "bench passphrase" > pass
C="$B --vault coord --passphrase-file pass"
O="$B --vault org --passphrase-file pass"
$C init --kdf-work-factor 10 >/dev/null 2>&1
$O init --kdf-work-factor 10 >/dev/null 2>&1
camp=$($C campaign create --title Bench --out c.fieldsign 2>/dev/null)
$O campaign join c.fieldsign >/dev/null 2>&1
ev=$($O event create --campaign "$camp" --name Rally --date 2026-11-28 2>/dev/null)
step=100000
for ((from = 0; from < N; from += step)); do
    python3 - "$from" "$((from + step < N ? from + step : N))" > rows.csv <<'PY'
import sys
a, b = int(sys.argv[1]), int(sys.argv[2])
given = ["Olena", "José", "Zoë", "Олександр", "Ірина", "Σωκράτης", "Ελένη", "محمد", "فاطمة", "प्रिया"]
family = ["Shevchenko", "Núñez", "Ørsted", "Коваленко", "Петренко", "Παπαδόπουλος", "Νικολάου", "علي", "الزهراء", "शर्मा"]
cities = ["Kyiv", "Αθήνα", "القاهرة", "वाराणसी", "Porto"]
print("name,email,city,country,postcode")
for i in range(a, b):
    print(f"{given[i%10]} {family[(i*7)%10]},signer{i}@example.org,{cities[i%5]},{['UA','GR','EG','IN','PT'][i%5]},{(i*37)%99999:05d}")
PY
    $O import csv --campaign "$camp" --event "$ev" rows.csv >/dev/null
done
rm -f rows.csv
# measure LABEL CMD…: one line "LABEL wall_s cpu_s peak_MiB"
measure() {
    local label=$1; shift
    /usr/bin/time -o t -f "%e %U %S %M" "$@" > /dev/null 2>> log
    awk -v l="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" '{printf "%s %.2f s wall, %.2f s CPU, %.0f MiB peak RSS (load %s)\n", l, $1, $2 + $3, $4 / 1024, load}' t
}
measure "export bundle" $O export bundle --campaign "$camp" --out b.age
echo "bundle $(du -b b.age | cut -f1) bytes"
measure "verify" $C verify b.age --max-size 4G
measure "import bundle (empty vault)" $C import bundle b.age --max-size 4G
measure "import bundle again (replay)" $C import bundle b.age --max-size 4G
# The peer: the standard age tool on the same bytes.
$C identity export --out coord.key >/dev/null 2>&1
recipient=$($C identity show --format json 2>/dev/null | jq -r .recipient)
measure "age -d (peer of verify)" age -d -i coord.key -o /dev/null b.age
age -d -i coord.key b.age | {
    /usr/bin/time -o t -f "%e %U %S %M" age -r "$recipient" -o /dev/null 2>> log
    awk '{printf "age -r (peer of export) %.2f s wall, %.2f s CPU, %.0f MiB peak RSS\n", $1, $2 + $3, $4 / 1024}' t
}
