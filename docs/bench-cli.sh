#!/bin/bash
# usage: bash docs/bench-cli.sh N [RUNS]   (from the repository root, after cargo build --release)
#
# The CLI side of docs/performance.md, RUNS times (default 3) on fresh vaults, each step
# next to the reference tool on the same bytes in the same run:
#   import csv of N rows            vs  SQLCipher `.import` of the same CSV
#   size of the vault               vs  SQLCipher's database
#   export bundle --all             vs  `age -r` on the bundle's own plaintext
#   import bundle (coordinator)     vs  SQLCipher ingest of the same rows (`.import`)
#   one `fieldsign add` process (after the first open) at N records, and at 1 000
# prints every run, then the medians, the spread (min–max) and the ratios.
# Time is wall clock and CPU (user + system) from `/usr/bin/time`, memory is peak RSS. On a
# shared machine the CPU seconds are the steadier figure. Needs python3, sqlcipher, age.
set -e
N=$1
RUNS=${2:-3}
B=${B:-target/release/fieldsign}
B=$(realpath "$B")
ROOT=$(pwd)/target/tmp/bench-cli-$N
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
head -1001 "$ROOT/rows.csv" > "$ROOT/rows-1000.csv"
# time_of LABEL CMD…: runs CMD, appends "LABEL wall_s peak_kib cpu_s" to results
time_of() {
    local label=$1; shift
    /usr/bin/time -o "$W/t" -f "%e %M %U %S" "$@" > /dev/null 2>> "$W/log"
    echo "$label $(awk '{print $1, $2, $3 + $4}' "$W/t")" >> "$ROOT/results"
}
for run in $(seq 1 "$RUNS"); do
    W=$ROOT/run-$run
    mkdir -p "$W" && cd "$W"
    echo "bench passphrase" > pass
    C="$B --vault coord --passphrase-file pass"
    O="$B --vault org --passphrase-file pass"
    S="$B --vault small --passphrase-file pass"
    $C init --kdf-work-factor 10 >/dev/null 2>&1
    $O init --kdf-work-factor 10 >/dev/null 2>&1
    $S init --kdf-work-factor 10 >/dev/null 2>&1
    camp=$($C campaign create --title Bench --out c.fieldsign 2>/dev/null)
    $O campaign join c.fieldsign >/dev/null 2>&1
    $S campaign join c.fieldsign >/dev/null 2>&1
    ev=$($O event create --campaign "$camp" --name Rally --date 2026-11-28 2>/dev/null)
    evs=$($S event create --campaign "$camp" --name Rally --date 2026-11-28 2>/dev/null)
    time_of import_csv $O import csv --campaign "$camp" --event "$ev" "$ROOT/rows.csv"
    echo "vault_bytes $(du -sb org/db | cut -f1) 0 0" >> "$ROOT/results"
    rm -f s.db
    time_of sqlcipher_import sqlcipher s.db "PRAGMA key='bench passphrase';" ".mode csv" ".import $ROOT/rows.csv t"
    echo "sqlcipher_bytes $(du -sb s.db | cut -f1) 0 0" >> "$ROOT/results"
    time_of export_bundle $O export bundle --campaign "$camp" --out b.age
    # age on the bundle's own plaintext: decrypt it with the coordinator's identity.
    $C identity export --out id.txt >/dev/null 2>&1
    age -d -i id.txt -o plain b.age
    recipient=$(age-keygen -y id.txt)
    time_of age_encrypt age -r "$recipient" -o plain.age plain
    time_of age_decrypt age -d -i id.txt -o /dev/null b.age
    time_of import_bundle $C import bundle b.age
    rm -f s2.db
    time_of sqlcipher_ingest sqlcipher s2.db "PRAGMA key='bench passphrase';" ".mode csv" ".import $ROOT/rows.csv t"
    $O add --campaign "$camp" --event "$ev" --sheet 99999 --line 1 --field "name=Ada Lovelace" > /dev/null 2>&1
    time_of add_process_N $O add --campaign "$camp" --event "$ev" --sheet 99999 --line 2 --field "name=Ada Lovelace"
    $S import csv --campaign "$camp" --event "$evs" "$ROOT/rows-1000.csv" > /dev/null 2>&1
    $S add --campaign "$camp" --event "$evs" --sheet 99999 --line 1 --field "name=Ada Lovelace" > /dev/null 2>&1
    time_of add_process_1000 $S add --campaign "$camp" --event "$evs" --sheet 99999 --line 2 --field "name=Ada Lovelace"
    rm -f plain plain.age
    cd "$ROOT"
done
python3 - "$ROOT/results" "$N" "$RUNS" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    label, secs, kib, cpu = line.split()
    rows.setdefault(label, []).append((float(secs), int(kib), float(cpu)))
n, runs = int(sys.argv[2]), int(sys.argv[3])
def med(label, i=0): return st.median(v[i] for v in rows[label])
def spread(label, i=0):
    vals = [v[i] for v in rows[label]]
    return f"{min(vals):g}–{max(vals):g}"
print(f"# {n} rows, {runs} runs: median (min–max)\n")
print("| step | fieldsign: wall (spread); CPU; peak RSS | reference, same runs: wall; CPU | ratio: wall; CPU |")
print("|---|---|---|---|")
def line(step, ours, ref, refname):
    print(f"| {step} | {med(ours):.2f} s ({spread(ours)}); CPU {med(ours,2):.2f} s; {med(ours,1)/1024:.0f} MiB | {refname} {med(ref):.2f} s ({spread(ref)}); CPU {med(ref,2):.2f} s | {med(ours)/med(ref):.1f}×; {med(ours,2)/max(med(ref,2),0.01):.1f}× |")
line("import csv", "import_csv", "sqlcipher_import", "SQLCipher `.import`")
vb, sb = med("vault_bytes"), med("sqlcipher_bytes")
print(f"| size on disk | {vb/1048576:.1f} MiB ({vb/n:.0f} B a signature) | SQLCipher {sb/1048576:.1f} MiB ({sb/n:.0f} B) | {vb/sb:.1f}× |")
line("export bundle", "export_bundle", "age_encrypt", "`age -r`")
line("import bundle, empty vault", "import_bundle", "sqlcipher_ingest", "SQLCipher ingest")
print(f"| `age -d` of the bundle | | {med('age_decrypt'):.2f} s | |")
a_n, a_1k = med("add_process_N"), med("add_process_1000")
print(f"| one `add` process at {n} records / at 1 000 | {a_n:.3f} s ({spread('add_process_N')}) / {a_1k:.3f} s ({spread('add_process_1000')}) | | {a_n/a_1k:.2f}× |")
PY
