#!/usr/bin/env bash
# The fault run (not a test; its short form runs in the build): a cluster of the sample on a
# PostgreSQL server of its own, every kind of money event pushed through the balancer and the same
# events straight to two nodes at once, while nodes are killed (kill -9) and restarted, the
# database is restarted and a node is paused (SIGSTOP) with its work in hand. Then every event a
# node accepted (2xx) must have been applied exactly once: purchases, refunds, network postbacks,
# checkouts paying with cashback, payout requests and decisions; no payout paid twice, no e-mail
# received twice (a small SMTP sink takes the plugin's mail), no inbox row stuck, the ledger check
# sound, every node ready again. Prints the figures and the time from each fault to full service.
#
#   src/cluster/fault-run.sh            3 nodes, 4 clients: kill -9 node 2, database restart,
#                                       node 3 paused 20 s, kill -9 node 1 (about 4 minutes)
#   src/cluster/fault-run.sh --short    2 nodes, 3 clients: kill -9 node 2, database restart
#
# Loopback only (balancer 127.0.0.1:18080, nodes 1818N, database 55432, mail 18025); bounded: the
# load stops after the last fault (at most 10 minutes), the wait for the backlog after 180 s, and
# everything started here is stopped on the way out. Exits non-zero on any loss, duplicate, stuck
# row, unsound ledger or node not ready.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHORT=0
[ "${1:-}" = --short ] && SHORT=1
export CLUSTER_DIR=host-sample/target/fault-cluster
export CLUSTER_OWN_POSTGRES=1 CLUSTER_DB=cashback_fault CLUSTER_LB_PORT=18080 CLUSTER_NODE_PORTS=18180
MAIL_PORT=18025
# Cashback confirms at the next round of the confirmation timer (hold 0 days, every 3 s), so
# confirmations, spends and payouts all run during the faults; mail goes to the sink every 3 s.
export CLUSTER_JAVA_OPTS="-Dcashback.hold-days=0 -Dcashback.confirm.interval-seconds=3
 -Dcashback.mail.host=127.0.0.1 -Dcashback.mail.port=$MAIL_PORT -Dcashback.mail.interval-seconds=3
 -Dcashback.inbox.retry-seconds=5"
NODES=3 CLIENTS=4
[ "$SHORT" = 1 ] && NODES=2 CLIENTS=3
OUT="$CLUSTER_DIR/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
CP=host-sample/target/jdbc/postgresql.jar
LOAD=src/cluster/FaultLoad.java

SINK_PID="" LOAD_PID=""
finish() {
  touch "$OUT/stop"
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  src/cluster/cluster.sh stop > /dev/null 2>&1 || true
}
trap finish EXIT

[ -f "$CP" ] || ./mvnw -q -DskipTests package
java -cp "$CP" "$LOAD" smtp-sink port=$MAIL_PORT "file=$OUT/mails.tsv" > "$OUT/sink.log" 2>&1 &
SINK_PID=$!
t0=$(date +%s)
src/cluster/cluster.sh stop > /dev/null 2>&1 || true
src/cluster/cluster.sh start "$NODES"
echo "cluster of $NODES nodes started in $(($(date +%s) - t0)) s"

node_urls=$(for n in $(seq "$NODES"); do printf 'http://127.0.0.1:%d,' $((CLUSTER_NODE_PORTS + n)); done)
java -cp "$CP" "$LOAD" load lb=http://127.0.0.1:$CLUSTER_LB_PORT "nodes=${node_urls%,}" \
  "db=jdbc:postgresql://127.0.0.1:55432/$CLUSTER_DB" "out=$OUT" clients=$CLIENTS max-seconds=600 \
  "mails=$OUT/mails.tsv" > "$OUT/load.log" 2>&1 &
LOAD_PID=$!
for _ in $(seq 120); do grep -q "clicks ready" "$OUT/load.log" && break; sleep 1; done
grep "clicks ready" "$OUT/load.log" || { cat "$OUT/load.log"; exit 1; }

now() { date +%s.%N; }
pid_of() { cat "$CLUSTER_DIR/node-$1.pid"; }
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
kill_node() {
  local t
  t=$(now); kill -9 "$(pid_of "$1")"; echo "kill -9 node $1"
  src/cluster/cluster.sh restart-node "$1" > /dev/null
  echo "  node $1 restarted; all ready $(recovered_after "$t") s after the kill"
}
restart_database() {
  local t
  t=$(now); src/cluster/cluster.sh restart-database; echo "PostgreSQL restarted"
  echo "  all ready $(recovered_after "$t") s after the restart began"
}
pause_node() {
  local t pid
  pid=$(pid_of "$1")
  t=$(now); kill -STOP "$pid"; echo "node $1 paused (SIGSTOP) for $2 s"
  sleep "$2"
  kill -CONT "$pid"
  echo "  node $1 resumed; all ready $(recovered_after "$t") s after the pause began"
}

sleep 15
kill_node 2
sleep 10
restart_database
if [ "$SHORT" = 0 ]; then
  sleep 10
  pause_node 3 20
  sleep 10
  kill_node 1
fi
sleep 10
touch "$OUT/stop"
status=0
wait "$LOAD_PID" || status=$?
LOAD_PID=""
cat "$OUT/load.log"
src/cluster/cluster.sh status | tee "$OUT/status.txt"
grep -q "not ready" "$OUT/status.txt" && status=1
echo "fault run: $([ "$status" = 0 ] && echo "passed" || echo "FAILED") in $(($(date +%s) - t0)) s (details in $OUT)"
exit "$status"
