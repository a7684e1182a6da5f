#!/bin/bash
# usage: bash docs/bench-rss.sh N   (from the repository root, after cargo build --release)
#
# Peak memory of the bundle commands at N operations (issue 10 §4), by hand, not in CI:
# an organizer types N lines (`import csv`, in files of 100 000 rows so that the CSV
# import's own memory stays out of the picture), then `export bundle`, `verify` and
# `import bundle` into an empty coordinator vault run under `/usr/bin/time`. Prints one
# line per step: wall seconds, CPU seconds (user + system), peak RSS in MiB.
set -e
N=$1
B=${B:-target/release/fieldsign}
B=$(realpath "$B")
W=$(pwd)/target/tmp/bench-rss-$N
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
    awk -v l="$label" '{printf "%s %.2f s wall, %.2f s CPU, %.0f MiB peak RSS\n", l, $1, $2 + $3, $4 / 1024}' t
}
measure "export bundle" $O export bundle --campaign "$camp" --out b.age
echo "bundle $(du -b b.age | cut -f1) bytes"
measure "verify" $C verify b.age --max-size 4G
measure "import bundle (empty vault)" $C import bundle b.age --max-size 4G
measure "import bundle again (replay)" $C import bundle b.age --max-size 4G
