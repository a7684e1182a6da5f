#!/bin/bash
# usage: bash docs/bench-report.sh N [RUNS]   (from the repository root, after cargo build --release)
#
# The report side of docs/performance.md ("Report and dashboard"): one vault of N
# signatures made with `import csv` (the rows of docs/bench-cli.sh), then RUNS runs
# (default 3) of each command below, and the medians:
#   identity show                 opening and unlocking only (the floor of any command)
#   report --format json          from the counts the vault keeps (vault::tally)
#   report --chart FILE.svg       the same counts, drawn
#   report --recount              opening every record again (what report cost before)
#   list --format json            every record opened and printed (the same work as a recount)
# Time is wall clock and CPU (user + system) from `/usr/bin/time`, memory is peak RSS.
# The dashboard's own figure comes from `tests/tui_bench.rs` (key `d` on home, then `r`).
set -e
N=$1
RUNS=${2:-3}
B=${B:-target/release/fieldsign}
B=$(realpath "$B")
ROOT=$(pwd)/target/tmp/bench-report-$N
rm -rf "$ROOT" && mkdir -p "$ROOT"
python3 - "$N" > "$ROOT/rows.csv" <<'PY'
import sys
n=int(sys.argv[1])
given=["Olena","José","Zoë","Олександр","Ірина","Σωκράτης","Ελένη","محمد","فاطمة","प्रिया"]
family=["Shevchenko","Núñez","Ørsted","Коваленко","Петренко","Παπαδόπουλος","Νικολάου","علي","الزهراء","शर्मा"]
cities=["Kyiv","Αθήνα","القاهرة","वाराणसी","Porto"]
print("name,email,city,country,postcode")
for i in range(n):
    print(f"{given[i%10]} {family[(i*7)%10]},signer{i}@example.org,{cities[i%5]},{['UA','GR','EG','IN','PT'][i%5]},{(i*37)%99999:05d}")
PY
cd "$ROOT"
echo "bench passphrase" > pass
V="$B --vault v --passphrase-file pass"
$V init --kdf-work-factor 10 >/dev/null 2>&1
camp=$($V campaign create --title Bench --goal 1000000 --out c.fieldsign 2>/dev/null)
ev=$($V event create --campaign "$camp" --name Rally --date 2026-11-28 2>/dev/null)
$V import csv --campaign "$camp" --event "$ev" rows.csv > /dev/null 2>&1
# The first open after a bulk import replays sled's log; not part of what is measured.
$V identity show > /dev/null 2>&1
time_of() {
    local label=$1; shift
    /usr/bin/time -o t -f "%e %M %U %S" "$@" > /dev/null 2>> log
    echo "$label $(awk '{print $1, $2, $3 + $4}' t)" >> results
}
for run in $(seq 1 "$RUNS"); do
    time_of identity_show $V identity show
    time_of report_json $V report --format json
    rm -f chart.svg
    time_of report_chart $V report --chart chart.svg
    time_of report_recount $V report --recount
    time_of list_json $V list --format json
done
python3 - results "$N" "$RUNS" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    label, secs, kib, cpu = line.split()
    rows.setdefault(label, []).append((float(secs), int(kib), float(cpu)))
n, runs = int(sys.argv[2]), int(sys.argv[3])
print(f"# {n} records, {runs} runs: median (min–max)\n")
print("| command | wall | CPU | peak RSS |")
print("|---|---|---|---|")
for label, name in [("identity_show", "`identity show` (open and unlock only)"),
                    ("report_json", "`report --format json`"),
                    ("report_chart", "`report --chart FILE.svg`"),
                    ("report_recount", "`report --recount`"),
                    ("list_json", "`list --format json`")]:
    v = rows[label]
    wall = [x[0] for x in v]
    print(f"| {name} | {st.median(wall):.2f} s ({min(wall):g}–{max(wall):g}) | {st.median(x[2] for x in v):.2f} s | {st.median(x[1] for x in v)/1024:.0f} MiB |")
PY
