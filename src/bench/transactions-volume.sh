#!/usr/bin/env bash
# Volume check (not a test): the Transaction page over 1,000,000 cashback transactions on
# PostgreSQL. Prints the page's p95 response time for a first page, a filtered page and a later
# page, beside the p95 of the same SQL run directly (pgbench), and their ratio.
#
#   src/bench/transactions-volume.sh [rows=1000000] [requests=40]
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) and pgbench; uses (and drops)
# the database cashback_volume and port 8092.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
REQUESTS=${2:-40}
PORT=8092
DB=cashback_volume
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A)
WORK=$(mktemp -d)

./mvnw -q -DskipTests package
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
java -Xmx1g \
  -Dcashback.sample.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Dcashback.sample.datasource.class=org.postgresql.ds.PGSimpleDataSource \
  -Dcashback.sample.datasource.user=postgres \
  "-Dcashback.sample.datasource.password=()" \
  -Dcashback.demo-data=true \
  -Dhazelcast.phone.home.enabled=false \
  -jar host-sample/target/payara-micro.jar --nocluster --disablephonehome --contextroot / \
  --postbootcommandfile host-sample/src/main/payara/post-boot-commands.asadmin \
  --addlibs host-sample/target/jdbc/postgresql.jar \
  --port "$PORT" --deploy host-sample/target/host-sample.war > host-sample/target/volume-server.log 2>&1 &
server=$!
for _ in $(seq 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login.xhtml")" = 200 ] && break
  sleep 1
done

echo "seeding $ROWS cashback transactions..." >&2
"${PSQL[@]}" "$DB" <<SQL
INSERT INTO cb_transaction (id, purchase_id, line_no, user_id, user_name, user_image, item_type, target_id,
  product_title, product_image, category_id, instructor_id, description, purchase_amount, base_amount,
  cashback_amount, currency, rule_id, rule_version, rule_title, amount_type, rule_amount, status,
  purchased_at, created_at, confirm_after, row_version, reversed_amount, refunded_purchase_amount)
SELECT 1000000000 + g, 'volume-' || g, 1, 'learner-' || (g % 1000),
  CASE WHEN g % 1000 = 7 THEN 'Lena Learner' ELSE 'Learner ' || lpad((g % 1000)::text, 4, '0') END,
  NULL, 'COURSE', 'course-' || (g % 100), 'Course ' || (g % 100), NULL, 'programming', 'irene',
  'Volume rule', 49.99, 49.99, 4.99, 'USD', 0, 1, 'Volume rule', 'PERCENTAGE', 10,
  (ARRAY['PENDING','CONFIRMED','DECLINED','REVERSED'])[1 + g % 4],
  now() - (g || ' seconds')::interval * 30, now() - (g || ' seconds')::interval * 30,
  now() + interval '14 days', 0, 0, 0
FROM generate_series(1, $ROWS) g;
ANALYZE cb_transaction;
SQL

# Sign in as the demo admin and keep the session.
jar="$WORK/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login.xhtml" |
  sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
curl -s -c "$jar" -b "$jar" -o /dev/null \
  -d "j_username=admin&j_password=demo1234&next=/&csrf=$token" "http://localhost:$PORT/signin"

p95() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.1f", a[i]}'; }

page_p95() {
  local query=$1
  for _ in $(seq 30); do  # warm-up
    curl -s -b "$jar" -o /dev/null "http://localhost:$PORT/cashback/admin/transactions.xhtml?$query"
  done
  for _ in $(seq "$REQUESTS"); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT/cashback/admin/transactions.xhtml?$query"
  done | awk '{print $1 * 1000}' | p95
}

# The same page and count queries the server runs, timed by pgbench from the database's side.
sql_p95() {
  local where=$1 offset=$2
  cat > "$WORK/query.sql" <<SQL
SELECT * FROM cb_transaction $where ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET $offset;
SELECT COUNT(*) FROM (SELECT 1 FROM cb_transaction $where LIMIT 10000) capped;
SQL
  (cd "$WORK" && rm -f pgbench_log.* && pgbench -h 127.0.0.1 -U postgres -n -c 1 -t "$REQUESTS" -l -f query.sql "$DB" > /dev/null)
  awk '{print $3 / 1000}' "$WORK"/pgbench_log.* | p95
}

report() {
  local name=$1 page=$2 sql=$3
  printf '%-28s page p95 %7s ms   SQL p95 %7s ms   ratio %s\n' "$name" "$page" "$sql" \
    "$(awk -v a="$page" -v b="$sql" 'BEGIN { printf "%.2f", a / b }')"
}

# A later page as the browser asks for it: the table's own AJAX paging request, which renders only
# the table (a full GET with ?page= renders the whole page again).
ajax_p95() {
  local first=$1 page state
  page=$(curl -s -b "$jar" "http://localhost:$PORT/cashback/admin/transactions.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState" id="[^"]*" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  ajax() {
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' -H 'Faces-Request: partial/ajax' \
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
      "http://localhost:$PORT/cashback/admin/transactions.xhtml"
  }
  for _ in $(seq 30); do ajax > /dev/null; done
  for _ in $(seq "$REQUESTS"); do ajax; done | awk '{print $1 * 1000}' | p95
}

# Warm the server (JIT, caches) on all three lists before measuring any of them.
for _ in $(seq 100); do
  for query in '' 'user=lena' 'page=50'; do
    curl -s -b "$jar" -o /dev/null "http://localhost:$PORT/cashback/admin/transactions.xhtml?$query"
  done
done

echo >&2
report "first page" "$(page_p95 '')" "$(sql_p95 '' 0)"
report "user name 'lena'" "$(page_p95 'user=lena')" "$(sql_p95 "WHERE lower(user_name) LIKE 'lena%'" 0)"
report "page 50" "$(page_p95 'page=50')" "$(sql_p95 '' 980)"
report "page 50, AJAX paging" "$(ajax_p95 980)" "$(sql_p95 '' 980)"
echo "targets: page p95 <= 50 ms, ratio <= 2"
