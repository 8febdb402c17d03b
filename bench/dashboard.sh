#!/usr/bin/env bash
# Server time of the caseworker's dashboard with 200 participants in the caseload.
#
# Starts Homeward (production build) on a fresh MariaDB database, seeds one caseworker with 200
# participants (20 tasks and 10 appointments each, the past ones kept or missed, open requests for
# help, mentor check-ins and open concerns, releases in the coming weeks), mints the caseworker's
# token, then asks GET /api/v1/dashboard?limit=200 one request at a time: a warm-up, then the
# measured requests. Then renders the portal's dashboard page itself (the real Vaadin view, no
# browser) the same number of times. Prints p50, p95, p99 and the worst, and PASS/FAIL against 300 ms.
# Exit status: 0 when p95 is within the target, 1 when not, 2 on error. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

PORT="${BENCH_PORT:-8089}"
DB_NAME="${BENCH_DB:-homeward_bench_dashboard}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
PARTICIPANTS="${BENCH_PARTICIPANTS:-200}"
WARMUP="${BENCH_WARMUP_REQUESTS:-300}"
REQUESTS="${BENCH_REQUESTS:-300}"
TARGET_MS=300
BENCH_NAME=dashboard
out="$root/bench/out"
base="http://127.0.0.1:$PORT"
mkdir -p "$out"
source bench/common.sh

command -v mariadb >/dev/null || die "the mariadb client is missing"
command -v python3 >/dev/null || die "python3 is missing"
(exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null || die "no database answers at $DB_HOST:$DB_PORT"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already taken (set BENCH_PORT)"; fi

jar="$root/portal/target/homeward.jar"
if [[ "${BENCH_SKIP_BUILD:-no}" != yes || ! -f "$jar" ]]; then
  say "building the production jar"
  ./mvnw -B -q -Pproduction package -DskipTests >"$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; die "build failed"; }
fi

say "recreating database $DB_NAME"
db -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
secret="$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(48)).decode())')"
server_pid=""
trap '[[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
(cd "$out" && exec env -u MICRONAUT_ENVIRONMENTS HOMEWARD_JWT_SECRET="$secret" \
  HOMEWARD_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?createDatabaseIfNotExist=true" \
  HOMEWARD_DB_USER="$DB_USER" HOMEWARD_DB_PASSWORD="$DB_PASSWORD" PORT="$PORT" \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar") >"$out/server-dashboard.log" 2>&1 &
server_pid=$!
for i in $(seq 1 180); do
  curl -fsS -o /dev/null "$base/api/health" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { tail -40 "$out/server-dashboard.log" >&2; die "Homeward exited during start-up"; }
  [[ $i -eq 180 ]] && die "Homeward did not answer /api/health within 180 s"
  sleep 1
done

say "seeding $PARTICIPANTS participants for one caseworker"
python3 bench/seed.py --participants "$PARTICIPANTS" | db "$DB_NAME"
python3 bench/dashboard_seed.py | db "$DB_NAME"
db -N -B "$DB_NAME" -e "SELECT (SELECT COUNT(*) FROM case_assignments), (SELECT COUNT(*) FROM help_requests),
  (SELECT COUNT(*) FROM appointments WHERE status = 'NOSHOW'), (SELECT COUNT(*) FROM check_ins),
  (SELECT COUNT(*) FROM concerns WHERE responded_at IS NULL)" \
  | { read -r a h m c o; say "seeded: $a participants assigned, $h requests for help, $m missed appointments, $c check-ins, $o open concerns"; }

token="$(db -N -B "$DB_NAME" -e "SELECT id, organisation_id, language FROM users WHERE role = 'CASEWORKER'" \
  | HOMEWARD_JWT_SECRET="$secret" python3 bench/tokens.py --role CASEWORKER --lifetime 3600)"

api_status=0
python3 - "$base/api/v1/dashboard?limit=200" "$token" "$WARMUP" "$REQUESTS" "$TARGET_MS" "$PARTICIPANTS" <<'PY' || api_status=$?
import sys, time, urllib.request, json
url, token, warmup, requests, target, participants = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
def ask():
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body
for _ in range(warmup):
    ask()
times, rows = [], 0
for _ in range(requests):
    ms, body = ask()
    times.append(ms)
    rows = len(json.loads(body)["items"])
times.sort()
pick = lambda p: times[min(len(times) - 1, int(round(p / 100 * len(times))) - 1)]
print()
print("Dashboard benchmark: %d participants in the caseload, %d rows per answer, %d requests one at a time after %d warm-up requests"
      % (participants, rows, requests, warmup))
print("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   worst %.1f ms" % (pick(50), pick(95), pick(99), times[-1]))
ok = pick(95) <= target and rows == participants
print()
print("%s p95 %.1f ms <= %.0f ms with all %d rows" % ("PASS" if ok else "FAIL", pick(95), target, participants))
sys.exit(0 if ok else 1)
PY

# The portal's page: the real view (Karibu, no browser) against its own database, seeded the same way.
if [[ "${BENCH_RENDER:-yes}" == yes ]]; then
  kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; server_pid=""
  say "rendering the portal's dashboard page ($WARMUP warm-up, $REQUESTS measured)"
  rm -f portal/target/dashboard-render.txt
  HOMEWARD_TEST_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/${DB_NAME}_render?createDatabaseIfNotExist=true" \
    ./mvnw -B -q -pl portal -am test -Dtest=DashboardRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhomeward.bench=dashboard -Dhomeward.bench.warmup="$WARMUP" -Dhomeward.bench.renders="$REQUESTS" \
    >"$out/render.log" 2>&1 || { tail -30 "$out/render.log" >&2; die "the render benchmark failed"; }
  read -r _ renders p50 p95 p99 worst <"portal/target/dashboard-render.txt"
  p95_ms="${p95#p95=}"
  echo "Portal page (CaseloadView built, attached and its 200 rows generated, server side): ${renders#renders=} renders, ${p50/=/ } ms, ${p95/=/ } ms, ${p99/=/ } ms, ${worst/=/ } ms"
  if awk -v v="$p95_ms" -v t="$TARGET_MS" 'BEGIN{exit !(v <= t)}'; then
    echo "PASS page p95 $p95_ms ms <= $TARGET_MS ms"
  else
    echo "FAIL page p95 $p95_ms ms > $TARGET_MS ms"; api_status=1
  fi
fi
exit "$api_status"
