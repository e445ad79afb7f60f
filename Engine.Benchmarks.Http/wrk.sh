#!/usr/bin/env bash
# Requests a second of `softrlite serve` (GET one record, GET a page of 200, POST a search, PATCH a record) beside a bare
# Kestrel endpoint returning the GET-one-record bytes from memory, with the same wrk threads, connections and duration.
# Everything on 127.0.0.1. Installs the distribution's wrk package when it is missing.
# Usage: Engine.Benchmarks.Http/wrk.sh   (THREADS, CONNECTIONS, DURATION override the defaults 2, 32, 10s)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${THREADS:-2}"; connections="${CONNECTIONS:-32}"; duration="${DURATION:-10s}"
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update >/dev/null && apt-get install -y wrk >/dev/null
fi
dotnet build -c Release Engine.Cli >/dev/null
dotnet build -c Release Engine.Benchmarks.Http >/dev/null
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# Waits for a startup line in a log file and prints the base URL.
base_url() { for _ in $(seq 1 100); do url=$(grep -o 'http://127.0.0.1:[0-9]*' "$1" | head -n 1 || true); [ -n "$url" ] && { echo "$url"; return; }; sleep 0.2; done; echo "no startup line in $1" >&2; exit 1; }

dotnet Engine.Cli/bin/Release/net10.0/SoftrLite.Cli.dll serve --port 0 --in-memory --quiet >"$work/serve.log" 2>&1 &
pids+=($!)
serve=$(base_url "$work/serve.log")

# 10,000 records like the BenchmarkDotNet fixtures: Name, Notes, Price, Quantity, Done.
python3 - "$work/fixture.json" <<'PY'
import json, sys
records = [{"id": "rec%011d" % i, "fields": {"Name": "Item %d" % i, "Notes": "Some notes about item %d" % i,
            "Price": i * 1.25, "Quantity": i % 100, "Done": i % 2 == 0}} for i in range(10000)]
fields = [{"name": "Name", "type": "SINGLE_LINE_TEXT"}, {"name": "Notes", "type": "LONG_TEXT"}, {"name": "Price", "type": "NUMBER"},
          {"name": "Quantity", "type": "NUMBER", "options": {"precision": 0}}, {"name": "Done", "type": "CHECKBOX"}]
json.dump({"databases": [{"name": "Bench", "tables": [{"name": "Items", "primaryField": "Name", "fields": fields, "records": records}]}]}, open(sys.argv[1], "w"))
PY
seeded=$(curl -s -X POST --data-binary @"$work/fixture.json" "$serve/_softrlite/seed")
db=$(echo "$seeded" | python3 -c 'import json,sys; print(json.load(sys.stdin)["databases"][0]["id"])')
table=$(echo "$seeded" | python3 -c 'import json,sys; print(json.load(sys.stdin)["databases"][0]["tables"][0]["id"])')
records="$serve/api/v1/databases/$db/tables/$table/records"
curl -s "$records/rec00000005000" >"$work/one.json"

dotnet Engine.Benchmarks.Http/bin/Release/net10.0/Engine.Benchmarks.Http.dll "$work/one.json" >"$work/bare.log" 2>&1 &
pids+=($!)
bare=$(base_url "$work/bare.log")

cat >"$work/search.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"filter":{"condition":{"leftSide":"Quantity","operator":"IS","rightSide":42}},"paging":{"offset":0,"limit":20}}'
LUA
cat >"$work/patch.lua" <<'LUA'
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"fields":{"Notes":"patched by wrk"}}'
LUA

run() { printf '%-28s' "$1"; shift; wrk -t "$threads" -c "$connections" -d "$duration" "$@" | grep -E 'Requests/sec|Non-2xx' | tr '\n' ' '; echo; }
echo "wrk -t $threads -c $connections -d $duration, 10,000 records in memory"
run "bare Kestrel (same bytes)" "$bare/"
run "GET one record" "$records/rec00000005000"
run "GET page of 200" "$records?limit=200"
run "POST search (20 of 100)" -s "$work/search.lua" "$records/search"
run "PATCH one record" -s "$work/patch.lua" "$records/rec00000005001"
