#!/usr/bin/env bash
# Measures what a new user waits for: from a clean clone of this repository (its committed
# HEAD), the README's first command (`npm install && npm run build && npm start`) until the
# seeded app answers on its port. Prints each step's time in seconds.
# Usage: bash bench/first-start.sh [PORT]
set -euo pipefail
port="${1:-3200}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
set -m # the server gets its own process group, so the trap stops all of it
trap 'kill -- -"${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export NEXT_TELEMETRY_DISABLED=1

git clone -q "$repo" "$work/drawdown"
cd "$work/drawdown"
t0=$(date +%s.%N)
npm install --no-audit --no-fund >"$work/install.log" 2>&1
t1=$(date +%s.%N)
npm run build >"$work/build.log" 2>&1
t2=$(date +%s.%N)
PORT="$port" npm start >"$work/start.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/v1/sites?mission=MINUSMA" -o "$work/sites.json"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/start.log"; exit 1; }
  sleep 0.2
done
t3=$(date +%s.%N)
sites=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$work/sites.json','utf8')).data.length)")
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
echo "npm install: $(secs "$t0" "$t1") s"
echo "npm run build: $(secs "$t1" "$t2") s"
echo "npm start until the API answers (migrate + seed + boot): $(secs "$t2" "$t3") s"
echo "total: $(secs "$t0" "$t3") s; sites served: $sites"
