#!/usr/bin/env bash
# Boot time of the sample LMS with the plugin on each supported runtime (not a test): starts Payara
# Micro and Open Liberty one after the other, each on a fresh embedded H2 database, the way `-Prun`
# and `-Pliberty` do, and prints the seconds from launch until /health/ready answers UP (the
# schema migrated, demo data seeded, the plugin ready). Loopback only; every start is bounded.
#
#   src/bench/runtime-boot.sh [runs=3]
#
# Builds what it needs first (the WAR, Payara Micro, the JDBC drivers, Open Liberty in
# host-sample/target/liberty). Uses ports 8091 and 8092.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
TARGET=host-sample/target
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cashback-boot.XXXXXX")
WLP=$TARGET/liberty/wlp
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  "$WLP/bin/server" stop boot >/dev/null 2>&1 || true
  rm -rf "$WORK" "$WLP/usr/servers/boot"
}
trap cleanup EXIT

# -DskipTests skips the tests, not the creation of the tests' Open Liberty install.
./mvnw -q -DskipTests verify

now() { date +%s%N; }

# Seconds from $1 (nanoseconds) until the readiness check on port $2 is UP; fails after 300 s.
ready_after() {
  local started=$1 port=$2
  for _ in $(seq 1500); do
    if curl -s -m 2 "http://127.0.0.1:$port/health/ready" | grep -q '^{"status":"UP"'; then
      awk -v from="$started" -v to="$(now)" 'BEGIN { printf "%.1f", (to - from) / 1e9 }'
      return 0
    fi
    sleep 0.2
  done
  echo "no readiness on port $port after 300 s" >&2
  return 1
}

payara() {
  local db="$WORK/payara-$1"
  local started
  started=$(now)
  java -Xmx512m -Dhazelcast.phone.home.enabled=false -Dcashback.demo-data=true \
    -Dcashback.sample.datasource.class=org.h2.jdbcx.JdbcDataSource \
    "-Dcashback.sample.datasource.url=jdbc:h2:$db/lms;LOCK_TIMEOUT=10000" \
    -Dcashback.sample.datasource.user=sa -Dcashback.sample.datasource.password=sa \
    -jar "$TARGET/payara-micro.jar" --nocluster --disablephonehome --port 8092 --contextroot / \
    --postbootcommandfile host-sample/src/main/payara/post-boot-commands.asadmin \
    --addlibs "$TARGET/jdbc/postgresql.jar" --deploy "$TARGET/host-sample.war" \
    > "$WORK/payara-$1.log" 2>&1 &
  server=$!
  ready_after "$started" 8092
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
}

liberty() {
  local dir="$WLP/usr/servers/boot"
  rm -rf "$dir"
  "$WLP/bin/server" create boot >/dev/null
  cp host-sample/src/main/liberty/config/server.xml "$dir/"
  cp -r "$WLP/usr/servers/cashback-it/jdbc" "$dir/"
  cp "$TARGET/host-sample.war" "$dir/apps/"
  printf -- '-Xmx512m\n-Dcashback.demo-data=true\n' > "$dir/jvm.options"
  printf 'http.port=8091\ncashback.sample.datasource.url=jdbc:h2:%s/lms;LOCK_TIMEOUT=10000\n' \
    "$WORK/liberty-$1" > "$dir/bootstrap.properties"
  local started
  started=$(now)
  "$WLP/bin/server" start boot >/dev/null
  ready_after "$started" 8091
  "$WLP/bin/server" stop boot >/dev/null
}

for runtime in payara liberty; do
  times=()
  for run in $(seq "$RUNS"); do
    times+=("$($runtime "$run")")
  done
  printf '%-8s boot to ready (s), %d runs: %s\n' "$runtime" "$RUNS" "${times[*]}"
done
