# Starts and stops the sample LMS with the plugin on a fresh PostgreSQL database, for the
# benchmarks (sourced by them, not run), with the GRANTED and WARMED commands below. The caller sets
# DB, PORT and LOG before sourcing it; start_sample takes extra
# JVM options (plugin settings such as -Dcashback.inbox.grant-wait-millis=0) and leaves the server's
# process id in $server. Loopback only; the caller's EXIT trap stops what is left.

start_sample() {
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
  java -Xmx1g \
    -Dcashback.sample.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    -Dcashback.sample.datasource.class=org.postgresql.ds.PGSimpleDataSource \
    -Dcashback.sample.datasource.user=postgres \
    "-Dcashback.sample.datasource.password=()" \
    -Dcashback.demo-data=true \
    -Dhazelcast.phone.home.enabled=false \
    "$@" \
    -jar host-sample/target/payara-micro.jar --nocluster --disablephonehome --contextroot / \
    --postbootcommandfile host-sample/src/main/payara/post-boot-commands.asadmin \
    --addlibs host-sample/target/jdbc/postgresql.jar \
    --port "$PORT" --deploy host-sample/target/host-sample.war > "$LOG" 2>&1 &
  server=$!
  for _ in $(seq 180); do
    [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml")" = 200 ] && return 0
    sleep 1
  done
  echo "the server did not start; see $LOG" >&2
  exit 1
}

stop_sample() {
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
}

# Shell commands on the database $DB, for the benchmarks to run by `bash -c`: GRANTED waits until
# every purchase taken in has been granted; WARMED, run after a warm-up, also vacuums and analyses
# the database as autovacuum would (a PostgreSQL with autovacuum off keeps the plans it made on
# empty tables).
GRANTED="until [ \"\$(psql -h 127.0.0.1 -U postgres -X -q -t -A $DB -c 'SELECT COUNT(*) FROM cb_purchase_inbox WHERE processed_at IS NULL')\" = 0 ]; do sleep 0.2; done"
WARMED="$GRANTED; psql -h 127.0.0.1 -U postgres -X -q $DB -c 'VACUUM ANALYZE'"
