#!/usr/bin/env bash
# Intake benchmark (not a test): pushes purchases through the plugin's real intake on PostgreSQL
# and compares with the same work in raw SQL (pgbench). Prints the figures and the ratios, and the
# rate of requests refused at the signature (the runtime's ceiling for the single endpoint).
#
#   src/bench/intake-benchmark.sh [purchases=20000] [clients=4] [warm-up=purchases]
#
# Each scenario starts a fresh server, posts the warm-up purchases (not counted) so that the JIT
# has compiled the hot path, as on a server that has been running, waits until they are granted,
# vacuums and analyses the database as autovacuum would (a PostgreSQL with autovacuum off keeps
# the plans it made on empty tables), then measures.
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and pgbench; uses (and drops)
# the database cashback_bench and port 8090.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-20000}
CLIENTS=${2:-4}
WARMUP=${3:-$N}
PORT=8090
SECRET=bench-secret
DB=cashback_bench
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A)

./mvnw -q -DskipTests package
CLIENT=$(mktemp -d)
javac -d "$CLIENT" src/bench/IntakeBenchmark.java
LOG=host-sample/target/bench-server.log
. src/bench/sample-server.sh
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$CLIENT"
}
trap cleanup EXIT


# Replaces the demo rule by N active rules targeting the 100 bench courses: every course is
# targeted by at least one rule, so every purchase is credited.
rules() {
  "${PSQL[@]}" "$DB" <<SQL
DELETE FROM cb_rule_target; DELETE FROM cb_rule_audience; DELETE FROM cb_rule_money;
DELETE FROM cb_rule_budget_use; DELETE FROM cb_rule;
INSERT INTO cb_rule (id, rule_version, title, status, amount_type, amount, currency, target_type,
  minimum_purchase, per_item, row_version, user_type, priority, budget_granted)
SELECT g, 1, 'Bench rule ' || g, 'ACTIVE', 'PERCENTAGE', 5 + g % 10, NULL, 'COURSE', 0, TRUE, 0, 'ALL', 0, 0
FROM generate_series(1, $1) g;
INSERT INTO cb_rule_target (rule_id, target_id)
SELECT g, 'course-' || c FROM generate_series(1, $1) g, generate_series(0, 99) c
WHERE c % LEAST($1, 100) = g % LEAST($1, 100);
UPDATE cb_rule_generation SET generation = generation + 1;
SQL
}

# Runs one scenario; prints credited purchases per second.
scenario() {
  local name=$1 rule_count=$2 learners=$3 batch=${4:-1}
  start_sample -Dcashback.webhook.secret="$SECRET"
  rules "$rule_count"
  local line
  line=$(java -cp "$CLIENT" IntakeBenchmark "http://localhost:$PORT" "$SECRET" "$N" "$CLIENTS" "$learners" 100 "$batch" "$WARMUP" "$WARMED")
  bash -c "$GRANTED"
  local t0 t1
  t0=$(sed -n 's/.*started_ms=\([0-9]*\).*/\1/p' <<< "$line")
  t1=$(date +%s%3N)
  local credited
  credited=$("${PSQL[@]}" "$DB" -c "SELECT COUNT(DISTINCT purchase_id) FROM cb_transaction WHERE purchase_id LIKE 'bench-%'")
  if [ "$credited" != "$N" ]; then
    echo "only $credited of $N purchases were credited" >&2
  fi
  local rate
  rate=$(awk -v n="$credited" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n * 1000 / (b - a) }')
  printf '%-34s %s credited=%s credited_per_second=%.1f\n' "$name" "$line" "$credited" "$rate" >&2
  stop_sample
  # The credited rate, then the rate at which the requests' purchases were taken in.
  echo "$rate $(sed -n 's/.*purchases_per_second=\([0-9.]*\).*/\1/p' <<< "$line")"
}

echo "purchases=$N clients=$CLIENTS warm-up=$WARMUP" >&2
read -r spread10 spread10_in <<< "$(scenario "10 rules, 1000 learners" 10 1000)"
read -r spread10k _ <<< "$(scenario "10000 rules, 1000 learners" 10000 1000)"
read -r single10 _ <<< "$(scenario "10 rules, one learner" 10 1)"
read -r batch10 batch10_in <<< "$(scenario "10 rules, 1000 learners, batches of 500" 10 1000 500)"

# The same requests refused at the signature (signed with a wrong secret): the runtime's HTTP
# stack, JAX-RS and the signature check without any database work, the most the single endpoint
# could take in on this machine.
refused() {
  start_sample -Dcashback.webhook.secret="$SECRET"
  local line
  line=$(java -cp "$CLIENT" IntakeBenchmark "http://localhost:$PORT" not-the-secret "$N" "$CLIENTS" 1000 100 1 "$WARMUP" 2>/dev/null)
  printf '%-34s %s\n' "refused at the signature" "$line" >&2
  stop_sample
  sed -n 's/.*purchases_per_second=\([0-9.]*\).*/\1/p' <<< "$line"
}
refused10=$(refused)

# The same work in raw SQL.
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
"${PSQL[@]}" "$DB" <<SQL
CREATE TABLE bench_inbox (purchase_id VARCHAR(100) PRIMARY KEY, user_id VARCHAR(100) NOT NULL,
  payload VARCHAR(100000) NOT NULL, received_at TIMESTAMPTZ NOT NULL);
CREATE TABLE bench_entry (id BIGSERIAL PRIMARY KEY, account VARCHAR(100) NOT NULL, amount NUMERIC(19,4) NOT NULL);
CREATE TABLE bench_wallet (user_id VARCHAR(100) PRIMARY KEY, balance NUMERIC(19,4) NOT NULL);
INSERT INTO bench_wallet SELECT 'bench-learner-' || g, 0 FROM generate_series(0, 999) g;
SQL
raw=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j "$CLIENTS" -t $((N / CLIENTS)) \
  -D learners=1000 -f src/bench/raw-purchase.sql "$DB" | awk '/^tps/ {print $3; exit}')
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"

printf '\nraw SQL (pgbench, %s clients): %.1f purchases per second\n' "$CLIENTS" "$raw"
printf 'plugin, 10 rules, spread:       %.1f credited per second\n' "$spread10"
printf 'plugin, 10000 rules, spread:    %.1f credited per second\n' "$spread10k"
printf 'plugin, 10 rules, one learner:  %.1f credited per second\n' "$single10"
printf 'plugin, batches of 500:         %.1f credited per second\n' "$batch10"
printf 'taken in (signed, checked, recorded exactly once): single %.1f, batches %.1f per second\n' \
  "$spread10_in" "$batch10_in"
printf 'refused at the signature (no database work):     %.1f requests per second\n' "$refused10"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '\nratio batch intake / raw SQL (target >= 1.0):       taken in %s, credited %s\n' \
  "$(ratio "$batch10_in" "$raw")" "$(ratio "$batch10" "$raw")"
printf 'ratio single intake / raw SQL (target >= 0.3):      taken in %s, credited %s\n' \
  "$(ratio "$spread10_in" "$raw")" "$(ratio "$spread10" "$raw")"
printf 'ratio 10000 rules / 10 rules (target >= 0.95):       %s\n' "$(ratio "$spread10k" "$spread10")"
printf 'ratio one learner / spread (target >= 0.9):          %s\n' "$(ratio "$single10" "$spread10")"
printf 'ratio refused at the signature / raw SQL (the single endpoint'"'"'s ceiling): %s\n' \
  "$(ratio "$refused10" "$raw")"
