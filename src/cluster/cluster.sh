#!/usr/bin/env bash
# The sample LMS with the plugin on several nodes of one PostgreSQL database, behind HAProxy
# (Debian's package, installed when missing): sticky sessions for the Faces pages, health checks on
# /health/ready. Loopback only. A declared demo (demo accounts, published secrets).
#
#   src/cluster/cluster.sh start [nodes=3]   build if needed, start the nodes and the balancer
#   src/cluster/cluster.sh status            each node's readiness, and the balancer's
#   src/cluster/cluster.sh restart-node N    start node N again (after a kill) and wait until ready
#   src/cluster/cluster.sh stop              stop the balancer and every node
#
# The balancer listens on http://127.0.0.1:8080/, node N on 127.0.0.1:818N. The database is
# cashback_cluster on 127.0.0.1:5432 (created when missing; CLUSTER_DB names another). Logs and
# process ids are in host-sample/target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=host-sample/target/cluster
DB=${CLUSTER_DB:-cashback_cluster}
LB_PORT=8080
mkdir -p "$DIR"

node_port() { echo $((8180 + $1)); }

# Ready when the whole readiness is UP and the plugin's own check is there: a node still deploying
# the WAR answers UP with no checks at all.
ready() {
  curl -s -m 2 "http://127.0.0.1:$1/health/ready" | grep '^{"status":"UP"' | grep -q cashback-database
}

wait_ready() {
  local port=$1 what=$2
  for _ in $(seq 300); do
    ready "$port" && return 0
    sleep 1
  done
  echo "$what did not become ready in 300 s; see $DIR" >&2
  return 1
}

start_node() {
  local n=$1 port
  port=$(node_port "$n")
  java -Xmx384m -Dhazelcast.phone.home.enabled=false -Dcashback.demo-data=true \
    -Dcashback.sample.datasource.class=org.postgresql.ds.PGSimpleDataSource \
    "-Dcashback.sample.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB" \
    -Dcashback.sample.datasource.user=postgres "-Dcashback.sample.datasource.password=()" \
    -Dcashback.webhook.secret=cluster-demo-secret \
    -jar host-sample/target/payara-micro.jar --nocluster --disablephonehome --contextroot / \
    --port "$port" --postbootcommandfile host-sample/src/main/payara/post-boot-commands.asadmin \
    --addlibs host-sample/target/jdbc/postgresql.jar --deploy host-sample/target/host-sample.war \
    > "$DIR/node-$n.log" 2>&1 &
  echo $! > "$DIR/node-$n.pid"
}

balancer_config() {
  local nodes=$1
  cat <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  # A request whose node refuses the connection (killed) is sent to another node.
  retries 3
  option redispatch
  # Ready means the plugin's readiness is UP; a node still deploying answers UP with no checks.
  option httpchk
  http-check send meth GET uri /health/ready
  http-check expect rstring "^\\{\"status\":\"UP\".*cashback-database"
frontend lms
  bind 127.0.0.1:$LB_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  # Faces views live in the node's session: a browser stays with the node that served it.
  cookie LMSNODE insert indirect nocache
CFG
  for n in $(seq "$nodes"); do
    echo "  server node$n 127.0.0.1:$(node_port "$n") check inter 2s fall 2 rise 2 cookie node$n"
  done
}

start() {
  local nodes=${1:-3}
  command -v haproxy >/dev/null || apt-get install -y -qq haproxy >/dev/null
  [ -f host-sample/target/host-sample.war ] && [ -f host-sample/target/jdbc/postgresql.jar ] ||
    ./mvnw -q -DskipTests package
  psql -h 127.0.0.1 -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres |
    grep -q 1 || createdb -h 127.0.0.1 -U postgres "$DB"
  echo "$nodes" > "$DIR/nodes"
  # The first node migrates the schema and seeds the demo; the others start on what it made.
  start_node 1
  wait_ready "$(node_port 1)" "node 1"
  for n in $(seq 2 "$nodes"); do start_node "$n"; done
  for n in $(seq 2 "$nodes"); do wait_ready "$(node_port "$n")" "node $n"; done
  balancer_config "$nodes" > "$DIR/haproxy.cfg"
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  wait_ready "$LB_PORT" "the balancer"
  echo "$nodes nodes ready behind http://127.0.0.1:$LB_PORT/ (database $DB)"
}

status() {
  local nodes
  nodes=$(cat "$DIR/nodes" 2>/dev/null || echo 0)
  for n in $(seq "$nodes"); do
    if ready "$(node_port "$n")"; then echo "node $n: ready"; else echo "node $n: not ready"; fi
  done
  if ready "$LB_PORT"; then echo "balancer: ready"; else echo "balancer: not ready"; fi
}

stop() {
  [ -f "$DIR/haproxy.pid" ] && kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true
  for pid in "$DIR"/node-*.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  rm -f "$DIR"/*.pid "$DIR/nodes"
  echo "stopped"
}

restart_node() {
  local n=$1
  [ -f "$DIR/node-$n.pid" ] && kill "$(cat "$DIR/node-$n.pid")" 2>/dev/null || true
  start_node "$n"
  wait_ready "$(node_port "$n")" "node $n"
  echo "node $n ready"
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  restart-node) restart_node "${2:?which node}" ;;
  status) status ;;
  stop) stop ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
