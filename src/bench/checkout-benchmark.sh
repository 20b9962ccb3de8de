#!/usr/bin/env bash
# Checkout benchmark (not a test): the sample LMS's own checkout (the course page's Buy button)
# with the plugin against the same checkout with the plugin's observers switched off, on
# PostgreSQL. Prints p50 and p99 of the checkout request for each set-up, what the plugin adds, and
# the receipt's wait for the grant on its own. The first two set-ups then measure a third as many
# checkouts from one client alone: with the cores not all busy, that shows what the checkout request itself
# pays, apart from waiting for a core while the grants of other checkouts run. A fourth set-up
# has the grants gather the purchases committed within a second (cashback.inbox.grant-gather-millis).
#
#   src/bench/checkout-benchmark.sh [checkouts=3000] [clients=4]
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres); uses (and drops) the database
# cashback_checkout and port 8094.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3000}
CLIENTS=${2:-4}
WARMUP=${WARMUP:-5000}
PORT=8094
DB=cashback_checkout
LOG=host-sample/target/checkout-server.log
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A)

./mvnw -q -DskipTests package
. src/bench/sample-server.sh
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" 2>/dev/null || true
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


learners() { for g in $(seq "$CLIENTS"); do printf 'bench-learner-%s ' "$g"; done; }

# Runs one set-up; prints the driver's figures line.
scenario() {
  local name=$1
  shift
  start_with_learners "$@"
  local line
  line=$(java -Dafter.warmup="$WARMED" -Done.client.checkouts="${ALONE:-0}" src/bench/CheckoutBenchmark.java "http://localhost:$PORT" "$N" "$WARMUP" $(learners))
  printf '%-44s %s\n' "$name" "$line" >&2
  stop_sample
  echo "$line"
}

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }

echo "checkouts=$N clients=$CLIENTS (after $WARMUP not counted)" >&2
# One client alone only where the script prints it: observers off and not waiting.
off=$(ALONE=$((N / 3)) scenario "plugin's observers off" -Dcashback.host-events.enabled=false)
recorded=$(ALONE=$((N / 3)) scenario "plugin on, no wait for the grant" -Dcashback.inbox.grant-wait-millis=0)
waiting=$(scenario "plugin on, receipt waits for the grant" )
gathered=$(scenario "plugin on, no wait, grants gather for 1 s" -Dcashback.inbox.grant-wait-millis=0 \
  -Dcashback.inbox.grant-gather-millis=1000)

printf '\n%-40s %10s %10s %12s %8s\n' "checkout request" "p50 ms" "p99 ms" "per second" "failed"
for row in "observers off:$off" "plugin on, no wait for the grant:$recorded" \
  "plugin on, waiting for the grant:$waiting" "plugin on, no wait, grants gathered:$gathered"; do
  printf '%-40s %10s %10s %12s %8s\n' "${row%%:*}" "$(field checkout_p50_ms "${row#*:}")" \
    "$(field checkout_p99_ms "${row#*:}")" "$(field per_second "${row#*:}")" "$(field failed "${row#*:}")"
done
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (a / b - 1) * 100 }'; }
printf '\nthe plugin adds to the checkout (target <= +20 %%): p50 %s, p99 %s\n' \
  "$(added "$(field checkout_p50_ms "$recorded")" "$(field checkout_p50_ms "$off")")" \
  "$(added "$(field checkout_p99_ms "$recorded")" "$(field checkout_p99_ms "$off")")"
printf 'with grants gathered for 1 s (cashback.inbox.grant-gather-millis=1000): p50 %s, p99 %s\n' \
  "$(added "$(field checkout_p50_ms "$gathered")" "$(field checkout_p50_ms "$off")")" \
  "$(added "$(field checkout_p99_ms "$gathered")" "$(field checkout_p99_ms "$off")")"
printf '\none client alone (%s checkouts, the cores not all busy): p50 %s / %s ms, p99 %s / %s ms' \
  "$((N / 3))" "$(field one_client_p50_ms "$off")" "$(field one_client_p50_ms "$recorded")" \
  "$(field one_client_p99_ms "$off")" "$(field one_client_p99_ms "$recorded")"
printf ' (observers off / plugin on, no wait): the plugin adds p50 %s, p99 %s\n' \
  "$(added "$(field one_client_p50_ms "$recorded")" "$(field one_client_p50_ms "$off")")" \
  "$(added "$(field one_client_p99_ms "$recorded")" "$(field one_client_p99_ms "$off")")"
wait_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f ms", a - b }'; }
printf 'the receipt'"'"'s wait for the grant: p50 %s, p99 %s (receipts showing the cashback: %s of %s)\n' \
  "$(wait_ms "$(field checkout_p50_ms "$waiting")" "$(field checkout_p50_ms "$recorded")")" \
  "$(wait_ms "$(field checkout_p99_ms "$waiting")" "$(field checkout_p99_ms "$recorded")")" \
  "$(field receipts_with_cashback "$waiting")" "$N"
