#!/usr/bin/env bash
# A first fault run (not a test): signed purchases pushed through the balancer of a running
# cluster (src/cluster/cluster.sh start) while a node is killed with kill -9 and restarted,
# PostgreSQL is restarted, and a node is paused (SIGSTOP) for 20 s with its work in hand; then every purchase a node accepted (HTTP 2xx) must have been applied
# exactly once. Prints sent / accepted / applied / duplicated / lost, the ledger check, and each
# node's readiness. Loopback only; bounded: the sending stops after SECONDS, the wait for the
# backlog after 180 s.
#
#   src/cluster/fault-run.sh [seconds=60] [clients=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-60}
CLIENTS=${2:-4}
DIR=host-sample/target/cluster
DB=${CLUSTER_DB:-cashback_cluster}
SECRET=cluster-demo-secret
LB=http://127.0.0.1:8080
RUN="fault-$(date +%s)"
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -t -A "$DB")
[ -f "$DIR/nodes" ] || { echo "start the cluster first: src/cluster/cluster.sh start 3" >&2; exit 2; }
OUT="$DIR/$RUN"
mkdir -p "$OUT"

purchase() {
  local id=$1 ts body sig
  ts=$(date +%s)
  body="{\"purchaseId\":\"$id\",\"buyer\":{\"userId\":\"lucy\",\"displayName\":\"Lucy Learner\"},\"items\":[{\"type\":\"COURSE\",\"targetId\":\"sql-deep-dive\",\"title\":\"SQL Deep Dive\",\"unitPrice\":10.00,\"quantity\":1}],\"currency\":\"USD\",\"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"total\":10.00}"
  sig=$(printf '%s' "$ts.$body" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/.*= //')
  curl -s -m 30 -o /dev/null -w '%{http_code}' -X POST "$LB/api/cashback/v1/purchases" \
    -H 'Content-Type: application/json' -H "X-Cashback-Timestamp: $ts" \
    -H "X-Cashback-Signature: sha256=$sig" --data "$body" || echo 000
}

client() {
  local c=$1 i=0 deadline=$((SECONDS + SECONDS_TO_RUN))
  while [ $SECONDS -lt $deadline ]; do
    i=$((i + 1))
    local id="$RUN-$c-$i"
    echo "$id $(purchase "$id")" >> "$OUT/client-$c.txt"
  done
}

now() { date +%s.%N; }
recovered_after() { # seconds from $1 until the balancer and every node are ready again
  local from=$1
  for _ in $(seq 600); do
    if src/cluster/cluster.sh status | grep -q "not ready"; then sleep 0.5; else
      awk -v a="$from" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'
      return 0
    fi
  done
  echo "never"
}

for c in $(seq "$CLIENTS"); do client "$c" & done

sleep $((SECONDS_TO_RUN / 4))
t=$(now); kill -9 "$(cat "$DIR/node-2.pid")"; echo "kill -9 node 2"
src/cluster/cluster.sh restart-node 2 > /dev/null
echo "node 2 back; all ready $(recovered_after "$t") s after the kill"

sleep $((SECONDS_TO_RUN / 4))
t=$(now); pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
echo "PostgreSQL restarted; all ready $(recovered_after "$t") s after the restart"

sleep $((SECONDS_TO_RUN / 8))
paused=$(cat "$DIR/node-3.pid")
t=$(now); kill -STOP "$paused"; echo "node 3 paused (SIGSTOP) for 20 s"
sleep 20
kill -CONT "$paused"
echo "node 3 resumed; all ready $(recovered_after "$t") s after the pause began"
wait

# Every accepted purchase is processed within 180 s (the retry timer covers what failed).
for _ in $(seq 180); do
  waiting=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id LIKE '$RUN-%' AND processed_at IS NULL")
  [ "$waiting" = 0 ] && break
  sleep 1
done

cat "$OUT"/client-*.txt > "$OUT/sent.txt"
awk '$2 ~ /^2/ { print $1 }' "$OUT/sent.txt" | sort > "$OUT/accepted.txt"
"${PSQL[@]}" -c "SELECT purchase_id FROM cb_transaction WHERE purchase_id LIKE '$RUN-%' ORDER BY 1" > "$OUT/applied.txt"
sent=$(wc -l < "$OUT/sent.txt")
accepted=$(wc -l < "$OUT/accepted.txt")
applied=$(sort -u "$OUT/applied.txt" | wc -l)
duplicated=$(sort "$OUT/applied.txt" | uniq -d | wc -l)
lost=$(comm -23 "$OUT/accepted.txt" <(sort -u "$OUT/applied.txt") | wc -l)
refused=$(awk '$2 !~ /^2/' "$OUT/sent.txt" | wc -l)
stuck=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id LIKE '$RUN-%' AND processed_at IS NULL")
echo "sent $sent, accepted $accepted, not accepted $refused (by status: $(awk '$2 !~ /^2/ { print $2 }' "$OUT/sent.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';'))"
echo "applied $applied, duplicated $duplicated, lost $lost, inbox rows still waiting $stuck"
check=$(curl -s -u admin:demo1234 -X POST "$LB/api/cashback/v1/ledger-check")
echo "ledger check: $(grep -o '"sound":[a-z]*' <<< "$check" || echo unreadable)," \
  "$(grep -o '"violationCount":[0-9]*' <<< "$check" || true)," \
  "$(grep -o '"entriesExamined":[0-9]*' <<< "$check" || true)"
src/cluster/cluster.sh status
[ "$duplicated" = 0 ] && [ "$lost" = 0 ] && [ "$stuck" = 0 ]
