#!/usr/bin/env bash
# Load benchmark of POST /v1/rejections against a bare FastAPI endpoint (see bench/README.md).
#
# Starts the real server as `make run` does (rejoinder migrate + rejoinder serve, SQLite, one
# worker) on a fresh temporary database, drives it with wrk, then does the same for
# bench/bare_app.py, and writes the comparison to bench/results/latest.txt.
# Traffic goes to 127.0.0.1 only; every wrk run has a fixed duration; servers die on exit.
#
# Knobs: BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_DURATION (15s), BENCH_WARMUP (2s),
# BENCH_STRICT=1 to exit 3 when a target is missed, BENCH_CODE_LABEL to name the code outside git.
set -euo pipefail

cd "$(dirname "$0")/.."
export PYTHONPATH=$PWD  # this checkout's app/, even where the venv's editable install points elsewhere
PY=.venv/bin/python
REJOINDER=.venv/bin/rejoinder
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-2s}
RESULTS=bench/results/latest.txt

if ! command -v wrk >/dev/null 2>&1; then
    echo "bench: wrk is not installed. Install Debian's package: apt-get install -y wrk" >&2
    exit 2
fi
if [[ ! -x $REJOINDER ]]; then
    echo "bench: $REJOINDER is missing; run 'make bench' (it installs the venv) first" >&2
    exit 2
fi

work=$(mktemp -d /tmp/rejoinder-bench.XXXXXX)
server_pid=""
stop_server() {
    if [[ -n $server_pid ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT

free_port() {
    $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_ready NAME PORT LOG: poll /readyz for up to 20 s; give up if the process died.
wait_ready() {
    local name=$1 port=$2 log=$3
    for _ in $(seq 200); do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "bench: the $name server exited before it was ready; its log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "bench: the $name server did not answer /readyz within 20 s; its log:" >&2
    tail -n 30 "$log" >&2
    exit 1
}

# post_once PORT OUT: one POST of the body; fails unless the answer is 201.
post_once() {
    local code
    code=$(curl -sS -o "$2" -w '%{http_code}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $BENCH_API_KEY" --data-binary "@$work/body.json" "http://127.0.0.1:$1/v1/rejections")
    if [[ $code != 201 ]]; then
        echo "bench: POST /v1/rejections answered $code, not 201:" >&2
        head -c 2000 "$2" >&2
        echo >&2
        exit 1
    fi
}

# load NAME PORT: warm up, then the measured run; its output goes to $work/NAME.wrk.
load() {
    local url="http://127.0.0.1:$2/v1/rejections"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/post.lua "$url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post.lua "$url" \
        | tee "$work/$1.wrk"
}

# The documented example body, dated two days ago so the "not in the future" rule never bites;
# post.lua swaps the external_ref placeholder for a distinct value per request.
$PY - >"$work/body.json" <<'EOF'
import json
from datetime import date, timedelta

from app.drafting.context import RejectionContext

body = dict(RejectionContext.model_config["json_schema_extra"]["examples"][0])
body["rejected_on"] = (date.today() - timedelta(days=2)).isoformat()
body["external_ref"] = "bench-0000000000"
print(json.dumps(body))
EOF
export BENCH_BODY_FILE=$work/body.json

# 1. The real server, exactly as `make run` starts it, on a fresh SQLite file.
export REJOINDER_DATABASE_URL="sqlite:///$work/bench.db"
port=$(free_port)
echo "== create: rejoinder serve on 127.0.0.1:$port, database $work/bench.db"
$REJOINDER migrate >"$work/real.log" 2>&1 || { cat "$work/real.log" >&2; exit 1; }
BENCH_API_KEY=$($REJOINDER keys create --tenant bench | tail -n 1)
export BENCH_API_KEY
# The per-key rate limit (600/min by default) would turn most of the load into 429s; the
# benchmark measures the create path, so it runs without one.
export REJOINDER_RATE_LIMIT_PER_MINUTE=0
$REJOINDER serve --host 127.0.0.1 --port "$port" >>"$work/real.log" 2>&1 &
server_pid=$!
wait_ready create "$port" "$work/real.log"
post_once "$port" "$work/canned.json"
load create "$port"
stop_server
rows=$($PY -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "select count(*) from rejection").fetchone()[0])' "$work/bench.db")

# 2. The bare endpoint, same uvicorn settings, answering the response captured above.
port=$(free_port)
echo "== bare: bench/bare_app.py on 127.0.0.1:$port"
BENCH_CANNED_RESPONSE=$work/canned.json $PY -m bench.bare_app "$port" >"$work/bare.log" 2>&1 &
server_pid=$!
wait_ready bare "$port" "$work/bare.log"
post_once "$port" "$work/bare.json"
load bare "$port"
stop_server

# 3. Summary.
field() { grep '^BENCH ' "$work/$1.wrk" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo ok; else echo MISSED; fi; }
ratio=$(awk -v a="$(field create rps)" -v b="$(field bare rps)" 'BEGIN { printf "%.1f", 100 * a / b }')
p99=$(field create p99_ms)
non2xx=$(($(field create non2xx) + $(field bare non2xx)))
versions=$($PY -c 'from importlib.metadata import version as v
print(", ".join(f"{p} {v(p)}" for p in ("fastapi", "uvicorn", "pydantic", "sqlalchemy")))')
summary="Rejoinder load benchmark, $(date -u +%Y-%m-%dT%H:%MZ)
command: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/post.lua (after a $WARMUP warm-up)
body: $(wc -c <"$work/body.json") B request, $(wc -c <"$work/canned.json") B response (bare: $(wc -c <"$work/bare.json") B)
machine: $(nproc) CPUs ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/^Mem:/ { print $2 }') GiB; \
wrk and the server share the CPUs
code: $(git describe --always --dirty 2>/dev/null || echo "${BENCH_CODE_LABEL:-not a git checkout}")
software: $($PY --version), $versions, $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)

endpoint   req/s     p50 ms  p90 ms  p99 ms  max ms  non-2xx  socket errors
$(for name in create bare; do
    printf '%-8s %8s %8s %7s %7s %7s %8s %14s\n' "$name" "$(field "$name" rps)" \
        "$(field "$name" p50_ms)" "$(field "$name" p90_ms)" "$(field "$name" p99_ms)" \
        "$(field "$name" max_ms)" "$(field "$name" non2xx)" "$(field "$name" socket_errors)"
done)

create / bare throughput: $ratio % (target >= 50 %): $(verdict "$ratio >= 50")
create p99: $p99 ms (target <= 30 ms): $(verdict "$p99 <= 30")
non-2xx responses: $non2xx (target 0): $(verdict "$non2xx == 0")
rejections stored by the create run: $rows (capture + warm-up + measured run)"

mkdir -p bench/results
{
    echo "$summary"
    for name in create bare; do
        printf '\n--- wrk output, %s ---\n' "$name"
        cat "$work/$name.wrk"
    done
    if ((non2xx > 0)); then
        printf '\n--- first errors in the server logs ---\n'
        grep -h -m 10 -iE 'error|exception|locked' "$work/real.log" "$work/bare.log" || true
    fi
} >"$RESULTS.tmp"
mv "$RESULTS.tmp" "$RESULTS"
printf '\n%s\n\n(written to %s)\n' "$summary" "$RESULTS"

if [[ ${BENCH_STRICT:-0} == 1 ]] && grep -q MISSED <<<"$summary"; then
    exit 3
fi
