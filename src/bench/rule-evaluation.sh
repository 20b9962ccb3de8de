#!/usr/bin/env bash
# Rule evaluation alone (not a test): src/bench/RuleEvaluationBenchmark.java over the plugin's
# compiled classes, with 10 and with 10,000 rules. Prints microseconds per one-line purchase.
#
#   src/bench/rule-evaluation.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests compile -pl cashback-plugin
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -nowarn -d "$out" -cp cashback-plugin/target/classes src/bench/RuleEvaluationBenchmark.java 2>&1 | grep -v "^warning\|^Note" || true
for rules in 10 10000; do
  java -cp "cashback-plugin/target/classes:$out" RuleEvaluationBenchmark "$rules" | tail -1
done
