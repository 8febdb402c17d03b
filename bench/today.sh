#!/usr/bin/env bash
# Load benchmark of GET /api/v1/me/today against the framework's floor, GET /api/health.
#
# Starts Homeward (production build, no dev mode) on a fresh MariaDB database, seeds 10,000
# participants with 20 tasks and 10 appointments each, mints an access token for every
# participant, then drives each endpoint with wrk from this machine (127.0.0.1 only): a warm-up,
# then the measured run. Prints requests/s, p50 and p99 for both, the ratios, and PASS/FAIL
# against the targets. Exit status: 0 when every target is met, 1 when one is missed, 2 on error.
# The server is stopped on exit, whatever happens. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

# ---- settings (environment variables override) ---------------------------------------------------
PORT="${BENCH_PORT:-8089}"
DB_NAME="${BENCH_DB:-homeward_bench}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
POOL_SIZE="${BENCH_POOL_SIZE:-20}"
DB_URL_PARAMS="${BENCH_DB_URL_PARAMS:-}"  # extra Connector/J settings, e.g. useServerPrepStmts=true
PARTICIPANTS="${BENCH_PARTICIPANTS:-10000}"
CONNECTIONS="${BENCH_CONNECTIONS:-50}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-30}"        # seconds measured, per endpoint
WARMUP="${BENCH_WARMUP:-10}"            # seconds of warm-up, per endpoint, not measured
JIT_WARMUP="${BENCH_JIT_WARMUP:-300}"   # at most this many seconds of JIT warm-up (see below); 0: none
JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
# /api/health is anonymous; "yes" sends it the same rotating tokens as /today (JWT checks included).
HEALTH_WITH_TOKENS="${BENCH_HEALTH_WITH_TOKENS:-no}"
# "yes": also measure GET /api/v1/languages with the same tokens, for reference only (no target):
# signed in, no database, so it shows what the framework itself costs per request.
REFERENCE="${BENCH_REFERENCE:-yes}"
HOLD="${BENCH_HOLD:-no}"                # "yes": after seeding, keep the server up for profiling, no load
SKIP_BUILD="${BENCH_SKIP_BUILD:-no}"     # "yes": use the jar as it is
jar="${BENCH_JAR:-$root/portal/target/homeward.jar}"

# Targets (from the issue).
MIN_THROUGHPUT_RATIO=0.40   # today's requests/s at least 40% of the floor's
MIN_THROUGHPUT=1500         # and at least 1,500 requests/s
MAX_P99_RATIO=3.0           # today's p99 at most 3 times the floor's

out="$root/bench/out"
base="http://127.0.0.1:$PORT"

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "ERROR: $*"; exit 2; }
db() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} --default-character-set=utf8mb4 "$@"; }

# ---- tools -------------------------------------------------------------------------------------
command -v mariadb >/dev/null || die "the mariadb client is missing (apt-get install -y mariadb-client)"
command -v python3 >/dev/null || die "python3 is missing"
command -v curl >/dev/null || die "curl is missing"
command -v java >/dev/null || die "java (17+) is missing"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing wrk from Debian"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  fi
  command -v wrk >/dev/null || die "wrk is missing (apt-get install -y wrk)"
fi
(exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null \
  || die "no database answers at $DB_HOST:$DB_PORT (start MariaDB, e.g. start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "port $PORT is already taken: stop whatever listens there or set BENCH_PORT"
fi

mkdir -p "$out"

# ---- build ---------------------------------------------------------------------------------------
if [[ -n "${BENCH_JAR:-}" ]]; then
  [[ -f "$jar" ]] || die "BENCH_JAR: no such file: $jar"
elif [[ "$SKIP_BUILD" != yes || ! -f "$jar" ]]; then
  say "building the production jar (./mvnw -Pproduction package -DskipTests)"
  ./mvnw -B -q -Pproduction package -DskipTests >"$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; die "build failed"; }
fi

# ---- database and server -----------------------------------------------------------------------
say "recreating database $DB_NAME"
db -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

secret="$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(48)).decode())')"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    say "stopping Homeward (pid $server_pid)"
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting Homeward on port $PORT (pool size $POOL_SIZE); log: bench/out/server.log"
# Production-like: MICRONAUT_ENVIRONMENTS unset, so no demo data and no Swagger UI.
# shellcheck disable=SC2086
(cd "$out" && exec env -u MICRONAUT_ENVIRONMENTS \
  HOMEWARD_JWT_SECRET="$secret" \
  HOMEWARD_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?createDatabaseIfNotExist=true${DB_URL_PARAMS:+&$DB_URL_PARAMS}" \
  HOMEWARD_DB_USER="$DB_USER" HOMEWARD_DB_PASSWORD="$DB_PASSWORD" HOMEWARD_DB_POOL_SIZE="$POOL_SIZE" \
  PORT="$PORT" java $JAVA_OPTS -jar "$jar") >"$out/server.log" 2>&1 &
server_pid=$!

for i in $(seq 1 180); do
  if curl -fsS -o /dev/null "$base/api/health" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { tail -40 "$out/server.log" >&2; die "Homeward exited during start-up"; }
  [[ $i -eq 180 ]] && { tail -40 "$out/server.log" >&2; die "Homeward did not answer /api/health within 180 s"; }
  sleep 1
done
say "Homeward is up: $(curl -fsS "$base/api/health")"

# ---- data ----------------------------------------------------------------------------------------
say "seeding $PARTICIPANTS participants"
python3 bench/seed.py --participants "$PARTICIPANTS" | db "$DB_NAME"
db "$DB_NAME" -e "ANALYZE TABLE users, participant_profiles, tasks, task_translations, appointments;" >/dev/null
read -r n_users n_tasks n_appointments <<<"$(db -N -B "$DB_NAME" -e "
  SELECT (SELECT COUNT(*) FROM users WHERE role = 'PARTICIPANT'),
         (SELECT COUNT(*) FROM tasks), (SELECT COUNT(*) FROM appointments);")"
say "seeded: $n_users participants, $n_tasks tasks, $n_appointments appointments"
[[ "$n_users" -eq "$PARTICIPANTS" && "$n_tasks" -eq $((PARTICIPANTS * 20)) \
   && "$n_appointments" -eq $((PARTICIPANTS * 10)) ]] || die "seeded counts are not as expected"

say "minting $PARTICIPANTS access tokens"
db -N -B "$DB_NAME" -e "SELECT id, organisation_id, language FROM users WHERE role = 'PARTICIPANT' ORDER BY id" \
  | HOMEWARD_JWT_SECRET="$secret" python3 bench/tokens.py --lifetime 3600 >"$out/tokens.txt"

first_token="$(head -n1 "$out/tokens.txt")"
status="$(curl -sS -o "$out/today-sample.json" -w '%{http_code}' -H "Authorization: Bearer $first_token" \
  "$base/api/v1/me/today")"
[[ "$status" == 200 ]] || { cat "$out/today-sample.json" >&2; die "GET /api/v1/me/today with a minted token answered $status"; }
say "token check: /api/v1/me/today answered 200 ($(wc -c <"$out/today-sample.json") bytes; sample in bench/out/today-sample.json)"

if [[ "$HOLD" == yes ]]; then
  say "holding: Homeward at $base, tokens in bench/out/tokens.txt, pid $server_pid; Ctrl-C (or kill $$) stops it"
  wait "$server_pid"
  exit 2
fi

# ---- load ----------------------------------------------------------------------------------------
ticks_per_second="$(getconf CLK_TCK)"
db_pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)"
db_pid="${db_pid%%$'\n'*}"
process_ticks() { [[ -n "$1" && -r "/proc/$1/stat" ]] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# run_wrk SECONDS PATH [TOKENS]: wrk's RESULT fields, then CPU seconds: server, database, wrk, whole machine.
run_wrk() {
  local seconds="$1" path="$2" tokens="${3:-}" s0 d0 b0 s1 d1 b1 wrk_cpu children0
  times >"$out/times.txt"
  children0="$(tail -n1 "$out/times.txt" | awk '{ split($1, u, /[ms]/); split($2, k, /[ms]/); print u[1] * 60 + u[2] + k[1] * 60 + k[2] }')"
  s0=$(process_ticks "$server_pid"); d0=$(process_ticks "$db_pid"); b0=$(busy_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s bench/rotate.lua "$base" \
    -- "$path" "$tokens" >"$out/wrk-last.txt" 2>&1 || { cat "$out/wrk-last.txt" >&2; die "wrk failed"; }
  s1=$(process_ticks "$server_pid"); d1=$(process_ticks "$db_pid"); b1=$(busy_ticks)
  # CPU time of this shell's finished children, read before and after: wrk's (run_wrk runs in a subshell).
  times >"$out/times.txt"
  wrk_cpu="$(tail -n1 "$out/times.txt" | awk '{ split($1, u, /[ms]/); split($2, k, /[ms]/); print u[1] * 60 + u[2] + k[1] * 60 + k[2] - c }' c="$children0")"
  printf '%s %s %s %s %s\n' "$(grep '^RESULT ' "$out/wrk-last.txt" | tail -n1 | cut -d' ' -f2-)" \
    "$(awk -v a="$s0" -v b="$s1" -v t="$ticks_per_second" 'BEGIN{print (b - a) / t}')" \
    "$(awk -v a="$d0" -v b="$d1" -v t="$ticks_per_second" 'BEGIN{print (b - a) / t}')" \
    "$wrk_cpu" \
    "$(awk -v a="$b0" -v b="$b1" -v t="$ticks_per_second" 'BEGIN{print (b - a) / t}')"
}

health_tokens=""
[[ "$HEALTH_WITH_TOKENS" == yes ]] && health_tokens="$out/tokens.txt"

measure() {  # measure NAME PATH TOKENS -> sets result_NAME
  local name="$1" path="$2" tokens="$3" line
  say "$path: warm-up ${WARMUP}s"
  (run_wrk "$WARMUP" "$path" "$tokens" >/dev/null)
  say "$path: measuring ${DURATION}s, $CONNECTIONS connections, $THREADS threads"
  line="$(run_wrk "$DURATION" "$path" "$tokens")"
  cp "$out/wrk-last.txt" "$out/wrk-$name.txt"
  printf -v "result_$name" '%s' "$line"
}

# JIT warm-up: the JIT compiler keeps compiling the request path for minutes on 2 cores, and a run
# measured before it is done reports what the compiler leaves, not what the server does. Load /today
# in rounds of 15 s until the compiler is idle (under 3% of a core) and requests/s is steady (within
# 5% of the round before), at least 2 rounds, at most JIT_WARMUP seconds.
compiler_ticks() {
  local total=0 task
  for task in /proc/"$server_pid"/task/*; do
    if [[ "$(cat "$task/comm" 2>/dev/null)" == C[12]\ Compiler* ]]; then
      total=$((total + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}
if [[ "$JIT_WARMUP" -gt 0 ]]; then
  say "JIT warm-up on /api/v1/me/today: rounds of 15 s until steady, at most ${JIT_WARMUP}s"
  (run_wrk 10 /api/health "$health_tokens" >/dev/null)
  elapsed=10; previous=0; round=0
  while [[ $elapsed -lt $JIT_WARMUP ]]; do
    c0=$(compiler_ticks)
    rps="$( (run_wrk 15 /api/v1/me/today "$out/tokens.txt") | cut -d' ' -f1)"
    c1=$(compiler_ticks)
    elapsed=$((elapsed + 15)); round=$((round + 1))
    compiling="$(awk -v a="$c0" -v b="$c1" -v t="$ticks_per_second" 'BEGIN{printf "%.0f", 100 * (b - a) / t / 15}')"
    say "  round $round: $rps requests/s, JIT compiler ${compiling}% of a core"
    if [[ $round -ge 2 && $compiling -lt 3 ]] \
       && awk -v a="$previous" -v b="$rps" 'BEGIN{exit !(a > 0 && (b - a) / a < 0.05 && (a - b) / a < 0.05)}'; then
      break
    fi
    previous="$rps"
  done
fi
measure floor /api/health "$health_tokens"
measure today /api/v1/me/today "$out/tokens.txt"
result_reference=""
[[ "$REFERENCE" == yes ]] && measure reference /api/v1/languages "$out/tokens.txt"

# ---- report --------------------------------------------------------------------------------------
python3 - "$result_floor" "$result_today" "$MIN_THROUGHPUT_RATIO" "$MIN_THROUGHPUT" "$MAX_P99_RATIO" \
  "$POOL_SIZE" "$CONNECTIONS" "$THREADS" "$DURATION" "$HEALTH_WITH_TOKENS" "$(nproc)" "$result_reference" <<'PY'
import sys
min_ratio, min_rps, max_p99_ratio = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
pool, conns, threads, duration, health_tokens, cores = sys.argv[6:12]
cores = int(cores)
reference = sys.argv[12]

def parse(line, path):
    rps, p50, p99, requests, bad, sock, server, db, wrk, busy = line.split()
    r = dict(path=path, rps=float(rps), p50=float(p50), p99=float(p99), requests=int(requests),
             errors=int(bad) + int(sock), server=float(server), db=float(db), wrk=float(wrk), busy=float(busy),
             seconds=float(duration))
    r["other"] = max(0.0, r["busy"] - r["server"] - r["db"] - r["wrk"])
    return r

f, t = parse(sys.argv[1], "/api/health"), parse(sys.argv[2], "/api/v1/me/today")
rows = [f, t]
if reference:
    ref = parse(reference, "/api/v1/languages")
    ref["path"] += " *"
    rows.append(ref)
print()
print("Homeward /today benchmark: %s connections, %s wrk threads, %ss per endpoint, DB pool %s, %d cores, "
      "health with tokens: %s" % (conns, threads, duration, pool, cores, health_tokens))
print()
print("%-20s %11s %8s %8s %9s %6s | %13s %13s" % ("endpoint", "requests/s", "p50 ms", "p99 ms", "requests",
                                                  "errors", "server CPU/req", "DB CPU/req"))
for r in rows:
    n = max(r["requests"], 1)
    print("%-20s %11.0f %8.2f %8.2f %9d %6d | %10.3f ms %10.3f ms" % (
        r["path"], r["rps"], r["p50"], r["p99"], r["requests"], r["errors"],
        1000 * r["server"] / n, 1000 * r["db"] / n))
print()
print("CPU while measuring, %% of one core (the machine has %d00%%):" % cores)
for r in rows:
    s = r["seconds"]
    print("  %-20s server %4.0f%%  database %4.0f%%  wrk %4.0f%%  other processes %4.0f%%" % (
        r["path"], 100 * r["server"] / s, 100 * r["db"] / s, 100 * r["wrk"] / s, 100 * r["other"] / s))
busy_elsewhere = max(r["other"] / r["seconds"] for r in rows)
if busy_elsewhere > 0.15:
    print("  WARNING: other processes used up to %.0f%% of a core during the runs: the figures are lower than "
          "this machine gives when quiet." % (100 * busy_elsewhere))

if reference:
    print()
    print("* reference only, not a target: signed in (same tokens), no database. today/reference: throughput "
          "%.2f, p99 %.2f" % (t["rps"] / ref["rps"], t["p99"] / ref["p99"]))

throughput_ratio = t["rps"] / f["rps"]
p99_ratio = t["p99"] / f["p99"]
checks = [
    ("today/floor throughput %.2f >= %.2f" % (throughput_ratio, min_ratio), throughput_ratio >= min_ratio),
    ("today throughput %.0f/s >= %.0f/s" % (t["rps"], min_rps), t["rps"] >= min_rps),
    ("today/floor p99 %.2f <= %.1f" % (p99_ratio, max_p99_ratio), p99_ratio <= max_p99_ratio),
    ("no errors (HTTP status >= 400, socket errors or timeouts)", f["errors"] + t["errors"] == 0),
]
print()
for text, ok in checks:
    print("%-4s %s" % ("PASS" if ok else "FAIL", text))
passed = all(ok for _, ok in checks)
print()
print("RESULT: " + ("PASS" if passed else "FAIL"))
sys.exit(0 if passed else 1)
PY
