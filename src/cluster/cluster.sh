#!/usr/bin/env bash
# The sample LMS with the plugin on several nodes of one PostgreSQL database, behind HAProxy
# (Debian's package, installed when missing): sticky sessions for the Faces pages, health checks on
# /health/ready. Loopback only. A declared demo (demo accounts, published secrets).
#
#   src/cluster/cluster.sh start [nodes=3]   build if needed, start the nodes and the balancer
#   src/cluster/cluster.sh status            each node's readiness, and the balancer's
#   src/cluster/cluster.sh restart-node N    start node N again (after a kill) and wait until ready
#   src/cluster/cluster.sh restart-database  restart the cluster's PostgreSQL server
#   src/cluster/cluster.sh stop              stop the balancer and every node (and an own database)
#
# The balancer listens on http://127.0.0.1:8080/, node N on 127.0.0.1:818N. The database is
# cashback_cluster on the machine's PostgreSQL at 127.0.0.1:5432 (created when missing).
# Settings, read by `start` and kept for the other commands:
#   CLUSTER_DB=name          another database
#   CLUSTER_OWN_POSTGRES=1   a PostgreSQL server of the cluster's own (port 55432, data under the
#                            cluster's folder, a fresh database), so restarting it disturbs nothing;
#                            it ends a transaction idle for 10 s, so the work a frozen node holds
#                            locked is taken over by the others (see the README)
#   CLUSTER_LB_PORT=8080     the balancer's port; nodes take the next ports after CLUSTER_NODE_PORTS
#   CLUSTER_NODE_PORTS=8180  node N listens on this + N
#   CLUSTER_JAVA_OPTS=...    more -D settings for every node (all nodes get the same)
#   CLUSTER_DIR=...          where logs, process ids and settings go (host-sample/target/cluster)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${CLUSTER_DIR:-host-sample/target/cluster}
mkdir -p "$DIR"
SETTINGS="$DIR/settings"

# Every command after `start` works on the cluster `start` made, whatever the environment says now.
if [ "${1:-}" != start ] && [ -f "$SETTINGS" ]; then
  # shellcheck disable=SC1090
  . "$SETTINGS"
else
  DB=${CLUSTER_DB:-cashback_cluster}
  OWN_POSTGRES=${CLUSTER_OWN_POSTGRES:-0}
  PG_PORT=5432
  [ "$OWN_POSTGRES" = 1 ] && PG_PORT=55432
  LB_PORT=${CLUSTER_LB_PORT:-8080}
  NODE_PORTS=${CLUSTER_NODE_PORTS:-8180}
  JAVA_OPTS=${CLUSTER_JAVA_OPTS:-}
fi

node_port() { echo $((NODE_PORTS + $1)); }

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

# The cluster's own PostgreSQL server: the machine's binaries, a data folder of its own, trust on
# loopback. PostgreSQL refuses to run as root, so as root it runs as the postgres user.
PG_DATA="$DIR/postgres"
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_bin() {
  local bin
  bin=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  echo "$bin/$1"
}

own_postgres_start() {
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
    as_postgres "$(pg_bin initdb)" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 > "$DIR/initdb.log"
  fi
  as_postgres "$(pg_bin pg_ctl)" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c idle_in_transaction_session_timeout=10s" start > /dev/null
}

own_postgres_stop() {
  [ -f "$PG_DATA/postmaster.pid" ] && as_postgres "$(pg_bin pg_ctl)" -D "$PG_DATA" -m fast -w stop > /dev/null || true
}

restart_database() {
  if [ "$OWN_POSTGRES" = 1 ]; then
    as_postgres "$(pg_bin pg_ctl)" -D "$PG_DATA" -l "$PG_DATA/server.log" -m fast -w \
      -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c idle_in_transaction_session_timeout=10s" restart > /dev/null
  else
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
  fi
}

start_node() {
  local n=$1 port
  port=$(node_port "$n")
  # shellcheck disable=SC2086
  java -Xmx384m -Dhazelcast.phone.home.enabled=false -Dcashback.demo-data=true \
    -Dcashback.sample.datasource.class=org.postgresql.ds.PGSimpleDataSource \
    "-Dcashback.sample.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    -Dcashback.sample.datasource.user=postgres "-Dcashback.sample.datasource.password=()" \
    -Dcashback.webhook.secret=cluster-demo-secret $JAVA_OPTS \
    -jar host-sample/target/payara-micro.jar --nocluster --disablephonehome --contextroot / \
    --port "$port" --postbootcommandfile host-sample/src/main/payara/post-boot-commands.asadmin \
    --addlibs host-sample/target/jdbc/postgresql.jar --deploy host-sample/target/host-sample.war \
    > "$DIR/node-$n.log" 2>&1 &
  echo $! > "$DIR/node-$n.pid"
}

# Waits for node n; a node whose WAR failed to deploy at boot (Payara Micro now and then refuses it
# with "does not contain any EJB", and then never becomes ready) is started once more.
wait_node() {
  local n=$1 port
  port=$(node_port "$n")
  for _ in $(seq 300); do
    ready "$port" && return 0
    if grep -q "Exception while preparing the app" "$DIR/node-$n.log" 2>/dev/null; then
      echo "node $n failed to deploy the WAR; starting it once more" >&2
      kill "$(cat "$DIR/node-$n.pid")" 2>/dev/null || true
      for _ in $(seq 30); do kill -0 "$(cat "$DIR/node-$n.pid")" 2>/dev/null || break; sleep 1; done
      mv "$DIR/node-$n.log" "$DIR/node-$n.failed-deploy.log"
      start_node "$n"
      wait_ready "$port" "node $n"
      return
    fi
    sleep 1
  done
  echo "node $n did not become ready in 300 s; see $DIR" >&2
  return 1
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
  command -v haproxy >/dev/null || apt-get install -y -qq haproxy >/dev/null ||
    (apt-get update -qq && apt-get install -y -qq haproxy >/dev/null)
  [ -f host-sample/target/host-sample.war ] && [ -f host-sample/target/jdbc/postgresql.jar ] ||
    ./mvnw -q -DskipTests package
  declare -p DB OWN_POSTGRES PG_PORT LB_PORT NODE_PORTS JAVA_OPTS > "$SETTINGS"
  if [ "$OWN_POSTGRES" = 1 ]; then
    own_postgres_stop
    rm -rf "$PG_DATA"
    own_postgres_start
  fi
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres |
    grep -q 1 || createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres "$DB"
  echo "$nodes" > "$DIR/nodes"
  # The first node migrates the schema and seeds the demo; the others start on what it made.
  start_node 1
  wait_node 1
  for n in $(seq 2 "$nodes"); do start_node "$n"; done
  for n in $(seq 2 "$nodes"); do wait_node "$n"; done
  balancer_config "$nodes" > "$DIR/haproxy.cfg"
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  wait_ready "$LB_PORT" "the balancer"
  echo "$nodes nodes ready behind http://127.0.0.1:$LB_PORT/ (database $DB on port $PG_PORT)"
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
  # A stopped node gives its connections back before its database goes.
  for pid in "$DIR"/node-*.pid; do
    [ -f "$pid" ] || continue
    for _ in $(seq 30); do kill -0 "$(cat "$pid")" 2>/dev/null || break; sleep 1; done
  done
  [ "$OWN_POSTGRES" = 1 ] && own_postgres_stop
  rm -f "$DIR"/*.pid "$DIR/nodes" "$SETTINGS"
  echo "stopped"
}

restart_node() {
  local n=$1
  [ -f "$DIR/node-$n.pid" ] && kill "$(cat "$DIR/node-$n.pid")" 2>/dev/null || true
  start_node "$n"
  wait_node "$n"
  echo "node $n ready"
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  restart-node) restart_node "${2:?which node}" ;;
  restart-database) restart_database ;;
  status) status ;;
  stop) stop ;;
  *) sed -n '2,24p' "$0"; exit 2 ;;
esac
