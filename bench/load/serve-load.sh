#!/usr/bin/env bash
# Load test of `rebalancer serve` on loopback, as recorded in docs/benchmarks.md. Needs wrk and curl
# (Debian packages) and the built jars (./mvnw -DskipTests package).
#
#   bench/load/serve-load.sh [SECONDS]        # each load phase lasts SECONDS (default 30)
#
# For 1,000 and then 10,000 holdings (a synthetic CoinTracking export from WriteSyntheticExport, every
# invented ticker assigned to a group) it starts the server on a fresh data directory, imports the
# export through the API, warms up, then offers a paced load with wrk (paced.lua: each connection waits
# PACE_MS between requests) and prints the achieved rate and the latency percentiles:
#   1,000 holdings:  GET /api/v1/portfolio, then POST /api/v1/plans, each at 13 connections pacing 20 ms (at least 500/s)
#   10,000 holdings: POST /api/v1/plans at 2 connections x 20/s = 40/s
# The same plan request is sent each time, so after the first it is the plan saved before (200); one
# phase also sends a different cash amount on every request so that each is planned and saved (201).
# The server's resident memory (ps rss) is printed after each phase. It runs through ./rebalancer serve
# (the launcher's JVM options; JAVA_OPTS added). HOLDINGS="1000" runs one size only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds=${1:-30}
port=${PORT:-8181}
jar="$root/app/target/rebalancer.jar"
bench="$root/bench/target/benchmarks.jar"
here="$root/bench/load"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
targets='"targets": {"BTC": "35", "ETH": "20", "Stablecoins": "10", "SOL": "8", "L1/L0 majors": "10", "L2/Scaling": "4", "DeFi": "5", "AI/Data": "3", "Gaming/NFT": "2", "Memecoins": "2", "Others": "1"}'
echo "{$targets}" > "$work/plan.json"

start_server() { # data directory
  # through the launcher, with its JVM options for serve (it execs java: the PID is the server's)
  REBALANCER_DATA_DIR="$1" REBALANCER_PORT=$port "$root/rebalancer" serve >"$work/serve.out" 2>"$work/serve.log" &
  server=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "the server did not start (is port $port taken? set PORT=...):" >&2
      cat "$work/serve.log" >&2
      exit 1
    fi
    sleep 0.05
  done
}

rss() { echo "server resident memory: $(( $(ps -o rss= -p "$server" || echo 0) / 1024 )) MB"; }

load() { # label, connections, pace ms, method, path, [body file]
  echo "== $1"
  PACE_MS=$3 METHOD=$4 BODY_FILE=${6:-} wrk -t2 -c"$2" -d"${seconds}s" -s "$here/paced.lua" "http://127.0.0.1:$port$5" | tail -2
  rss
}

for holdings in ${HOLDINGS:-1000 10000}; do
  data="$work/data-$holdings"
  export_file="$work/balance-by-exchange-2025-08-26-$holdings.csv"
  java -cp "$bench" com.cryptorebalancer.bench.WriteSyntheticExport "$export_file" "$holdings" "$data" >/dev/null
  start_server "$data"
  curl -s -o /dev/null -w "import of $holdings holdings: HTTP %{http_code} in %{time_total} s\n" \
    -F "file=@$export_file" "http://127.0.0.1:$port/api/v1/imports"
  # warm-up: the JIT compiles the hot paths
  PACE_MS=0 METHOD=GET wrk -t2 -c4 -d10s -s "$here/paced.lua" "http://127.0.0.1:$port/api/v1/portfolio" >/dev/null
  PACE_MS=0 METHOD=POST BODY_FILE="$work/plan.json" wrk -t2 -c4 -d10s -s "$here/paced.lua" \
    "http://127.0.0.1:$port/api/v1/plans" >/dev/null
  if [ "$holdings" = 1000 ]; then
    load "GET /api/v1/portfolio, 1,000 holdings, 13 connections pacing 20 ms" 13 20 GET /api/v1/portfolio
    load "POST /api/v1/plans (the same request: the saved plan), 1,000 holdings, 13 connections pacing 20 ms" 13 20 POST \
      /api/v1/plans "$work/plan.json"
  else
    load "POST /api/v1/plans (the same request: the saved plan), 10,000 holdings, offered 40/s" 2 50 POST \
      /api/v1/plans "$work/plan.json"
    CASH_VARIES=1 load "POST /api/v1/plans (a new cash amount each time: planned and saved), 10,000 holdings, offered 40/s" \
      2 50 POST /api/v1/plans "$work/plan.json"
  fi
  kill "$server"; wait "$server" 2>/dev/null || true
done
