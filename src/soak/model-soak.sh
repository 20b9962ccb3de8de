#!/usr/bin/env bash
# Long soak of the model-based test (ModelSequenceIT): many more random sequences than the build
# runs, on a PostgreSQL database of its own, stopping by itself after the time given. Prints the
# sequences and steps run, the defects found and, for each, its seed and shortest sequence.
#
#   src/soak/model-soak.sh [sequences=200] [steps=60] [minutes=80]
#
# MODEL_SEED=<n> replays a run; MODEL_WRONG_CURRENCY_REFUNDS=false and MODEL_SHARED_TARGETS=false
# leave out those operations (both on by default, as in the build). Needs PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres);
# creates and drops the database cashback_soak_<time>. Exit status 0 when no defect was found.
set -euo pipefail
cd "$(dirname "$0")/../.."
SEQUENCES=${1:-200}
STEPS=${2:-60}
MINUTES=${3:-80}
DB="cashback_soak_$(date +%s)"
LOG=host-sample/target/model-soak.log

createdb -h 127.0.0.1 -U postgres "$DB"
trap 'dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" >/dev/null 2>&1 || true' EXIT
mkdir -p host-sample/target

export CASHBACK_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export CASHBACK_TEST_DB_USER=postgres
export CASHBACK_TEST_DB_PASSWORD=

# The test stops starting sequences after the time given; the whole run (build, server start,
# shrinking the last failure) is cut off 20 minutes later at the latest.
status=0
timeout "$((MINUTES + 20))m" ./mvnw verify -pl host-sample -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ModelSequenceIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.micro.console=true \
  -Dmodel.sequences="$SEQUENCES" -Dmodel.steps="$STEPS" \
  -Dmodel.maxSeconds="$((MINUTES * 60))" -Dmodel.keepGoing=true -Dmodel.shrinkSeconds=120 \
  -Dmodel.wrongCurrencyRefunds="${MODEL_WRONG_CURRENCY_REFUNDS:-true}" \
  -Dmodel.sharedTargets="${MODEL_SHARED_TARGETS:-true}" \
  ${MODEL_SEED:+-Dmodel.seed="$MODEL_SEED"} >"$LOG" 2>&1 || status=$?

echo "model soak on PostgreSQL ($DB), log in $LOG"
# The test's own lines: the seed, each defect with its shortest sequence, and the figures.
grep -E '^model: |^  (failed|shortest)|^    [0-9]+\. ' "$LOG" | grep -v '^model: so far' || true
grep -E '^model: so far' "$LOG" | tail -1 || true
if ! grep -qE '^model: [0-9]+ sequences, [0-9]+ steps' "$LOG"; then
  echo "the soak did not finish (exit status $status); figures so far above; see $LOG" >&2
  exit 1
fi
exit "$status"
