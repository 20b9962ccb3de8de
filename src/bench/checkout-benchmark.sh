#!/usr/bin/env bash
# Checkout benchmark (not a test): the sample LMS's own checkout (the course page's Buy button)
# with the plugin against the same checkout with the plugin's observers switched off, on
# PostgreSQL. Prints p50 and p99 of the checkout request for each set-up, what the plugin adds, and
# the receipt's wait for the grant on its own. Four set-ups: the observers off; the plugin on, the
# checkout not waiting for the grant; as shipped, the checkout waiting for it; and not waiting,
# the grants gathered at a pace of one a second (cashback.inbox.grant-gather-millis=1000).
#
# The set-ups run side by side: one server each, all started and warmed up first, then measured in
# turns (ROUNDS rounds, each a block of checkouts on every server, the order rotated from round to
# round), so a change in the machine's speed during the run falls on every set-up alike. Only the
# server being measured gets requests; the others idle. After each block the script waits until
# that server has granted every purchase, so no set-up's grants run in another's block. Then the
# first two set-ups measure a third as many checkouts from one client alone, also in turns: with
# the cores not all busy, that shows what the checkout request itself pays, apart from waiting for
# a core while the grants of other checkouts run.
#
#   src/bench/checkout-benchmark.sh [checkouts=3000] [clients=4]
#
# The environment variables WARMUP (checkouts to warm up each server, 8000) and ROUNDS (4) change
# the run. Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres); uses (and drops) the
# databases cashback_checkout_1 to _4 and ports 8094 to 8097.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3000}
CLIENTS=${2:-4}
WARMUP=${WARMUP:-8000}
ROUNDS=${ROUNDS:-4}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A)
OUT=host-sample/target/checkout-benchmark
NAMES=("observers off" "plugin on, no wait for the grant" "plugin on, waiting for the grant"
  "plugin on, no wait, grants gathered")
# One line of plugin settings per set-up, in the order of NAMES.
SETTINGS=("-Dcashback.host-events.enabled=false" "-Dcashback.inbox.grant-wait-millis=0" ""
  "-Dcashback.inbox.grant-wait-millis=0 -Dcashback.inbox.grant-gather-millis=1000")
SETUPS=${#NAMES[@]}

./mvnw -q -DskipTests package
# sample-server.sh's GRANTED and WARMED name a database; this script waits with granted() instead.
DB=cashback_checkout_1
. src/bench/sample-server.sh
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for i in $(seq "$SETUPS"); do
    dropdb -h 127.0.0.1 -U postgres --if-exists "cashback_checkout_$i" 2>/dev/null || true
  done
}
trap cleanup EXIT

# Starts the sample on a fresh database with the given plugin settings (-Dkey=value ...).
start_with_learners() {
  start_sample "$@"
  # One learner per client (copies of the demo learner, same password), and one rule of 10 % on
  # every demo course in place of the demo rules, so every checkout earns cashback.
  {
    echo "CREATE TEMP TABLE bench_account AS SELECT * FROM lms_account WHERE username = 'lucy';"
    for g in $(seq "$CLIENTS"); do
      echo "UPDATE bench_account SET username = 'bench-learner-$g', email = 'bench-learner-$g@example.com',"
      echo "  display_name = 'Bench Learner $g';"
      echo "INSERT INTO lms_account SELECT * FROM bench_account;"
    done
    cat <<SQL
DELETE FROM cb_rule_target; DELETE FROM cb_rule_audience; DELETE FROM cb_rule_money;
DELETE FROM cb_rule_budget_use; DELETE FROM cb_rule;
INSERT INTO cb_rule (id, rule_version, title, status, amount_type, amount, currency, target_type,
  minimum_purchase, per_item, row_version, user_type, priority, budget_granted)
VALUES (1, 1, 'Bench rule', 'ACTIVE', 'PERCENTAGE', 10, NULL, 'COURSE', 0, TRUE, 0, 'ALL', 0, 0);
INSERT INTO cb_rule_target (rule_id, target_id) SELECT 1, id FROM lms_course;
UPDATE cb_rule_generation SET generation = generation + 1;
SQL
  } | "${PSQL[@]}" "$DB"
}

learners() { for g in $(seq "$1"); do printf 'bench-learner-%s ' "$g"; done; }
port() { echo $((8093 + $1)); }
granted() {
  until [ "$("${PSQL[@]}" "cashback_checkout_$1" \
    -c 'SELECT COUNT(*) FROM cb_purchase_inbox WHERE processed_at IS NULL')" = 0 ]; do sleep 0.2; done
}

# Drives one block of checkouts against set-up $1 from $3 clients, appending to file $2.
block() {
  java -Dlatencies.out="$2" src/bench/CheckoutBenchmark.java "http://localhost:$(port "$1")" \
    "$4" 0 $(learners "$3") | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' >> "$2.seconds"
  granted "$1"
}

rm -rf "$OUT" && mkdir -p "$OUT"
echo "checkouts=$N clients=$CLIENTS rounds=$ROUNDS (after $WARMUP per server not counted)" >&2
for i in $(seq "$SETUPS"); do
  DB=cashback_checkout_$i PORT=$(port "$i") LOG=$OUT/server-$i.log
  # shellcheck disable=SC2086 # one word per setting
  start_with_learners ${SETTINGS[$((i - 1))]}
  servers+=("$server")
  echo "started: ${NAMES[$((i - 1))]}" >&2
done
for i in $(seq "$SETUPS"); do
  java src/bench/CheckoutBenchmark.java "http://localhost:$(port "$i")" 0 "$WARMUP" \
    $(learners "$CLIENTS") > /dev/null
  granted "$i"
  # As autovacuum would: a PostgreSQL with autovacuum off keeps the plans it made on empty tables.
  "${PSQL[@]}" "cashback_checkout_$i" -c 'VACUUM ANALYZE'
  echo "warmed up: ${NAMES[$((i - 1))]}" >&2
done
per_block=$((N / ROUNDS))
for r in $(seq 0 $((ROUNDS - 1))); do
  for k in $(seq 0 $((SETUPS - 1))); do
    i=$(((k + r) % SETUPS + 1))
    block "$i" "$OUT/setup-$i" "$CLIENTS" "$per_block"
  done
  echo "round $((r + 1)) of $ROUNDS done" >&2
done
alone=$((N / 3 / 2))
for r in 0 1; do
  for k in 0 1; do
    i=$(((k + r) % 2 + 1))
    block "$i" "$OUT/alone-$i" 1 "$alone"
  done
done

# Percentile p (0-100) of column 1 (nanoseconds) of the non-failed lines of file $1, in ms.
pct() { awk '$1 > 0 { print $1 }' "$1" | sort -n | awk -v p="$2" '{ v[NR] = $1 }
  END { k = int((p / 100) * NR); if (k < (p / 100) * NR) k++; if (k < 1) k = 1; printf "%.2f", v[k] / 1e6 }'; }
count() { awk '$1 > 0' "$1" | wc -l; }
failed() { awk '$1 == 0' "$1" | wc -l; }
shown() { awk '$3 == 1' "$1" | wc -l; }
rate() { awk -v n="$(count "$1")" '{ s += $1 } END { printf "%.1f", n / s }' "$1.seconds"; }
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (a / b - 1) * 100 }'; }

printf '\n%-40s %10s %10s %12s %8s %10s\n' "checkout request" "p50 ms" "p99 ms" "per second" "failed" \
  "cashback shown"
for i in $(seq "$SETUPS"); do
  f=$OUT/setup-$i
  printf '%-40s %10s %10s %12s %8s %10s\n' "${NAMES[$((i - 1))]}" "$(pct "$f" 50)" "$(pct "$f" 99)" \
    "$(rate "$f")" "$(failed "$f")" "$(shown "$f")"
done
off=$OUT/setup-1 recorded=$OUT/setup-2 waiting=$OUT/setup-3 gathered=$OUT/setup-4
printf '\nthe plugin adds to the checkout (target <= +20 %%): p50 %s, p99 %s\n' \
  "$(added "$(pct "$recorded" 50)" "$(pct "$off" 50)")" "$(added "$(pct "$recorded" 99)" "$(pct "$off" 99)")"
printf 'with grants gathered for 1 s (cashback.inbox.grant-gather-millis=1000): p50 %s, p99 %s\n' \
  "$(added "$(pct "$gathered" 50)" "$(pct "$off" 50)")" "$(added "$(pct "$gathered" 99)" "$(pct "$off" 99)")"
printf '\none client alone (%s checkouts each, the cores not all busy): p50 %s / %s ms, p99 %s / %s ms' \
  "$(count "$OUT/alone-1")" "$(pct "$OUT/alone-1" 50)" "$(pct "$OUT/alone-2" 50)" \
  "$(pct "$OUT/alone-1" 99)" "$(pct "$OUT/alone-2" 99)"
printf ' (observers off / plugin on, no wait): the plugin adds p50 %s, p99 %s\n' \
  "$(added "$(pct "$OUT/alone-2" 50)" "$(pct "$OUT/alone-1" 50)")" \
  "$(added "$(pct "$OUT/alone-2" 99)" "$(pct "$OUT/alone-1" 99)")"
wait_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f ms", a - b }'; }
printf 'the receipt'"'"'s wait for the grant: p50 %s, p99 %s (receipts showing the cashback: %s of %s)\n' \
  "$(wait_ms "$(pct "$waiting" 50)" "$(pct "$recorded" 50)")" \
  "$(wait_ms "$(pct "$waiting" 99)" "$(pct "$recorded" 99)")" "$(shown "$waiting")" "$(count "$waiting")"
