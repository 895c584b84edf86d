#!/usr/bin/env bash
# The one timing JMH cannot take: the default `./groundswell compare` (every strategy x 30 replications of the
# default scenario), through the launcher and its class-data archive, from JVM start to report, as a user runs it. Runs it N times (default 3) into a scratch
# directory and prints each wall-clock time and the median, for `benchmarks/report.py --e2e`.
#   benchmarks/compare-e2e.sh [N]
# Needs the application jar: ./mvnw -B -q -pl experiments -am package -DskipTests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/experiments/target/groundswell.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
runs="${1:-3}"
[[ -f "$jar" ]] || { echo "compare-e2e: no $jar; build it first" >&2; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$root/groundswell" compare --out "$scratch/compare" --force > /dev/null 2>&1
  end=$(date +%s%N)
  times+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')")
  echo "compare-e2e: run $i: ${times[-1]} s" >&2
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "median %.2f s of %d runs\n", m, NR }'
