#!/usr/bin/env bash
# Volume check (not a test): the Transaction page at 1,000 cashback transactions and again at
# 1,000,000 on PostgreSQL, on one server. Prints, per list (first page, filtered by user name, a
# later page as a full page and as the table's AJAX paging), the page's p95 response time at both
# sizes and their ratio (the cost must not grow with the data), beside the p95 of the same SQL run
# directly (pgbench) at the large size.
#
#   src/bench/transactions-volume.sh [rows=1000000] [requests=200]
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and pgbench; uses (and drops)
# the database cashback_volume and port 8092; talks to loopback only and stops its server on exit.
# MAVEN_ARGS=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
SMALL=1000
REQUESTS=${2:-200}
PORT=8092
DB=cashback_volume
LOG=host-sample/target/volume-server.log
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A)
WORK=$(mktemp -d)

./mvnw -q -DskipTests package
. src/bench/sample-server.sh
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_sample
BASE="http://127.0.0.1:$PORT"

# Rows first..last, newest first (row g is g × 30 s old), so the rows the large size adds are all
# older: the first page shows the same twenty rows at both sizes. Every 50th row is Lena's, so the
# user-name filter fills a page at both sizes too (20 matches at 1,000 rows, 20,000 at a million).
seed() {
  echo "seeding cashback transactions $1..$2..." >&2
  "${PSQL[@]}" "$DB" <<SQL
INSERT INTO cb_transaction (id, purchase_id, line_no, user_id, user_name, user_image, item_type, target_id,
  product_title, product_image, category_id, instructor_id, description, purchase_amount, base_amount,
  cashback_amount, currency, rule_id, rule_version, rule_title, amount_type, rule_amount, status,
  purchased_at, created_at, confirm_after, row_version, reversed_amount, refunded_purchase_amount)
SELECT 1000000000 + g, 'volume-' || g, 1, 'learner-' || (g % 1000),
  CASE WHEN g % 50 = 7 THEN 'Lena Learner' ELSE 'Learner ' || lpad((g % 1000)::text, 4, '0') END,
  NULL, 'COURSE', 'course-' || (g % 100), 'Course ' || (g % 100), NULL, 'programming', 'irene',
  'Volume rule', 49.99, 49.99, 4.99, 'USD', 0, 1, 'Volume rule', 'PERCENTAGE', 10,
  (ARRAY['PENDING','CONFIRMED','DECLINED','REVERSED'])[1 + g % 4],
  now() - (g || ' seconds')::interval * 30, now() - (g || ' seconds')::interval * 30,
  now() + interval '14 days', 0, 0, 0
FROM generate_series($1, $2) g;
SQL
  # The table as autovacuum leaves it once the rows are written: statistics and the visibility map
  # that index-only scans read.
  "${PSQL[@]}" "$DB" -c "VACUUM ANALYZE cb_transaction"
}

# Sign in as the demo admin and keep the session.
jar="$WORK/cookies"
token=$(curl -s -m 10 -c "$jar" -b "$jar" "$BASE/login.xhtml" |
  sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
curl -s -m 10 -c "$jar" -b "$jar" -o /dev/null \
  -d "j_username=admin&j_password=demo1234&next=/&csrf=$token" "$BASE/signin"

p95() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.1f", a[i]}'; }

page_p95() {
  local query=$1
  for _ in $(seq 30); do  # warm-up
    curl -s -m 10 -b "$jar" -o /dev/null "$BASE/cashback/admin/transactions.xhtml?$query"
  done
  for _ in $(seq "$REQUESTS"); do
    curl -s -m 10 -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE/cashback/admin/transactions.xhtml?$query"
  done | awk '{print $1 * 1000}' | p95
}

# The same page and count queries the server runs, timed by pgbench from the database's side.
sql_p95() {
  local where=$1 offset=$2
  cat > "$WORK/query.sql" <<SQL
SELECT * FROM cb_transaction $where ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET $offset;
SELECT COUNT(*) FROM (SELECT 1 FROM cb_transaction $where LIMIT 1000) capped;
SQL
  (cd "$WORK" && rm -f pgbench_log.* && pgbench -h 127.0.0.1 -U postgres -n -c 1 -t "$REQUESTS" -l -f query.sql "$DB" > /dev/null)
  awk '{print $3 / 1000}' "$WORK"/pgbench_log.* | p95
}

# A later page as the browser asks for it: the table's own AJAX paging request, which renders only
# the table (a full GET with ?page= renders the whole page again).
ajax_p95() {
  local first=$1 page state
  page=$(curl -s -m 10 -b "$jar" "$BASE/cashback/admin/transactions.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  ajax() {
    curl -s -m 10 -b "$jar" -o /dev/null -w '%{time_total}\n' -H 'Faces-Request: partial/ajax' \
      --data-urlencode 'jakarta.faces.partial.ajax=true' \
      --data-urlencode 'jakarta.faces.source=transactions:transactionTable' \
      --data-urlencode 'jakarta.faces.partial.execute=transactions:transactionTable' \
      --data-urlencode 'jakarta.faces.partial.render=transactions:transactionTable' \
      --data-urlencode 'transactions:transactionTable_pagination=true' \
      --data-urlencode "transactions:transactionTable_first=$first" \
      --data-urlencode 'transactions:transactionTable_rows=20' \
      --data-urlencode 'transactions:transactionTable_encodeFeature=true' \
      --data-urlencode 'transactions=transactions' \
      --data-urlencode "jakarta.faces.ViewState=$state" \
      "$BASE/cashback/admin/transactions.xhtml"
  }
  for _ in $(seq 30); do ajax > /dev/null; done
  for _ in $(seq "$REQUESTS"); do ajax; done | awk '{print $1 * 1000}' | p95
}

# Every list at the current size: warm (JIT, caches, plans) on all of them first, then measure.
declare -A PAGE SQL_P95
# The first size gets a longer warm-up: measured on a colder server than the second, it would
# look slower and flatter the ratio.
rounds=500
measure() {
  local size=$1
  for _ in $(seq "$rounds"); do
    for query in '' 'user=lena' 'page=50'; do
      curl -s -m 10 -b "$jar" -o /dev/null "$BASE/cashback/admin/transactions.xhtml?$query"
    done
  done
  rounds=100
  PAGE[first,$size]=$(page_p95 '')
  PAGE[user,$size]=$(page_p95 'user=lena')
  PAGE[page50,$size]=$(page_p95 'page=50')
  PAGE[ajax50,$size]=$(ajax_p95 980)
  SQL_P95[first,$size]=$(sql_p95 '' 0)
  SQL_P95[user,$size]=$(sql_p95 "WHERE lower(user_name) LIKE 'lena%'" 0)
  SQL_P95[page50,$size]=$(sql_p95 '' 980)
  SQL_P95[ajax50,$size]=${SQL_P95[page50,$size]}
}

seed 1 "$SMALL"
measure small
seed $((SMALL + 1)) "$ROWS"
measure large

echo >&2
printf '%-22s %14s %14s %13s %14s %14s\n' list "p95 at $SMALL" "p95 at $ROWS" "ratio" "SQL p95 $SMALL" "SQL p95 $ROWS"
for list in first user page50 ajax50; do
  case $list in
    first) name="first page" ;;
    user) name="user name 'lena'" ;;
    page50) name="page 50" ;;
    ajax50) name="page 50, AJAX paging" ;;
  esac
  printf '%-22s %11s ms %11s ms %13s %11s ms %11s ms\n' "$name" "${PAGE[$list,small]}" \
    "${PAGE[$list,large]}" \
    "$(awk -v a="${PAGE[$list,large]}" -v b="${PAGE[$list,small]}" 'BEGIN { printf "%.2f", a / b }')" \
    "${SQL_P95[$list,small]}" "${SQL_P95[$list,large]}"
done
echo "targets: page p95 at $ROWS rows <= 30 ms; ratio (p95 at $ROWS / p95 at $SMALL) <= 1.2"
