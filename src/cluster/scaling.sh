#!/usr/bin/env bash
# Scaling figures (not a test): credited purchases per second through the balancer with 1, 2 and 3
# nodes of the sample, each time on a fresh PostgreSQL server of the cluster's own. The purchases
# are signed and sent by src/bench/IntakeBenchmark.java (1,000 learners, 100 courses, the demo's
# one rule) after a warm-up of half as many (not counted); a purchase counts when its cashback is
# in the ledger. On one machine the nodes share its cores with the database and the load: the CPU
# each used in the measured window is printed too.
#
#   src/cluster/scaling.sh [purchases=6000] [clients=8]
#
# Loopback only (balancer 127.0.0.1:18080, nodes 1818N, database 55432); everything it starts is
# stopped on the way out.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-6000}
CLIENTS=${2:-8}
export CLUSTER_DIR=host-sample/target/scaling-cluster
export CLUSTER_OWN_POSTGRES=1 CLUSTER_DB=cashback_scaling CLUSTER_LB_PORT=18080 CLUSTER_NODE_PORTS=18180
PSQL=(psql -h 127.0.0.1 -p 55432 -U postgres -X -q -t -A "$CLUSTER_DB")
trap 'src/cluster/cluster.sh stop > /dev/null 2>&1 || true' EXIT
[ -f host-sample/target/host-sample.war ] || ./mvnw -q -DskipTests package

# CPU seconds used so far by the nodes, by the database server's processes, and by the machine.
ticks() { for pid in "$@"; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'; }
node_ticks() { ticks $(cat "$CLUSTER_DIR"/node-*.pid); }
db_ticks() { local pm; pm=$(head -1 "$CLUSTER_DIR/postgres/postmaster.pid"); ticks "$pm" $(pgrep -P "$pm"); }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
drained() { [ "$("${PSQL[@]}" -c "SELECT COUNT(*) FROM cb_purchase_inbox WHERE processed_at IS NULL")" = 0 ]; }

declare -A rates
for nodes in 1 2 3; do
  src/cluster/cluster.sh stop > /dev/null 2>&1 || true
  src/cluster/cluster.sh start "$nodes" > /dev/null
  # Warm-up, not measured: every node's JIT sees traffic before the figures count.
  java src/bench/IntakeBenchmark.java "http://127.0.0.1:$CLUSTER_LB_PORT" cluster-demo-secret \
    $((N / 2)) "$CLIENTS" 1000 100 > /dev/null
  for _ in $(seq 600); do drained && break; sleep 0.2; done
  "${PSQL[@]}" -c "TRUNCATE cb_entry, cb_journal, cb_transaction, cb_purchase_inbox, cb_mail_outbox CASCADE; UPDATE cb_account SET balance = 0" > /dev/null
  n0=$(node_ticks) d0=$(db_ticks) b0=$(busy_ticks)
  t0=$(date +%s.%N)
  line=$(java src/bench/IntakeBenchmark.java "http://127.0.0.1:$CLUSTER_LB_PORT" cluster-demo-secret \
    "$N" "$CLIENTS" 1000 100)
  for _ in $(seq 600); do drained && break; sleep 0.2; done
  t1=$(date +%s.%N)
  n1=$(node_ticks) d1=$(db_ticks) b1=$(busy_ticks)
  credited=$("${PSQL[@]}" -c "SELECT COUNT(DISTINCT purchase_id) FROM cb_transaction")
  rates[$nodes]=$(awk -v n="$credited" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n / (b - a) }')
  printf '%d node(s): %s credited=%s credited_per_second=%s\n' "$nodes" "$line" "$credited" "${rates[$nodes]}"
  awk -v n=$((n1 - n0)) -v d=$((d1 - d0)) -v b=$((b1 - b0)) -v a="$t0" -v e="$t1" -v c="$(nproc)" \
    'BEGIN { printf "  CPU in the measured %.1f s (%d cores, %.1f core-seconds): nodes %.1f, database %.1f, rest (load, balancer, other) %.1f, idle %.1f\n",
      e - a, c, c * (e - a), n / 100, d / 100, (b - n - d) / 100, c * (e - a) - b / 100 }'
done
src/cluster/cluster.sh stop > /dev/null
printf '\ncredited per second: 1 node %s, 2 nodes %s, 3 nodes %s (%d purchases, %d clients, %d cores)\n' \
  "${rates[1]}" "${rates[2]}" "${rates[3]}" "$N" "$CLIENTS" "$(nproc)"
