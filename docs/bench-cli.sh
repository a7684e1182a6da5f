#!/bin/bash
# usage: bash docs/bench-cli.sh N (from the repository root, after cargo build --release)
# import csv of N rows into an organizer vault, export a bundle, import it at a coordinator,
# one add, and SQLCipher .import of the same CSV; prints time and peak RSS of each step.
set -e
N=$1
B=${B:-target/release/fieldsign}
B=$(realpath "$B")
W=$(pwd)/target/tmp/rss-$N
rm -rf $W && mkdir -p $W && cd $W
echo "bench passphrase" > pass
C="$B --vault coord --passphrase-file pass"
O="$B --vault org --passphrase-file pass"
$C init --kdf-work-factor 10 >/dev/null
$O init --kdf-work-factor 10 >/dev/null
camp=$($C campaign create --title Bench --out c.fieldsign 2>/dev/null)
$O campaign join c.fieldsign >/dev/null
ev=$($O event create --campaign "$camp" --name Rally --date 2026-11-28)
python3 - $N > rows.csv <<'PY'
import sys
n=int(sys.argv[1])
given=["Olena","José","Zoë","Олександр","Ірина","Σωκράτης","Ελένη","محمد","فاطمة","प्रिया"]
family=["Shevchenko","Núñez","Ørsted","Коваленко","Петренко","Παπαδόπουλος","Νικολάου","علي","الزهراء","शर्मा"]
cities=["Kyiv","Αθήνα","القاهرة","वाराणसी","Porto"]
print("name,email,city,country,postcode")
for i in range(n):
    print(f"{given[i%10]} {family[(i*7)%10]},signer{i}@example.org,{cities[i%5]},{['UA','GR','EG','IN','PT'][i%5]},{(i*37)%99999:05d}")
PY
t() { /usr/bin/time -f "%e s, peak RSS %M KiB" "$@"; }
echo "import csv:"; t $O import csv --campaign "$camp" --event "$ev" rows.csv > /dev/null
du -sb org/db | awk '{printf "org db: %.1f MiB, %.0f B/record\n", $1/1048576, $1/'$N'}'
echo "export bundle:"; t $O export bundle --campaign "$camp" --out b.age > /dev/null
ls -l b.age | awk '{print "bundle bytes:", $5}'
echo "import bundle:"; t $C import bundle b.age > /dev/null
du -sb coord/db | awk '{printf "coord db: %.1f MiB\n", $1/1048576}'
echo "add (one process):"; t $O add --campaign "$camp" --event "$ev" --sheet 99999 --line 1 --field "name=Ada Lovelace" > /dev/null
echo "sqlcipher .import:"; rm -f s.db; t sqlcipher s.db "PRAGMA key='bench passphrase';" ".mode csv" ".import rows.csv t"
du -sb s.db | awk '{printf "sqlcipher db: %.1f MiB\n", $1/1048576}'
