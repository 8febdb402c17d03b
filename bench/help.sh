#!/usr/bin/env bash
# Help request to the caseworker's phone (see bench/README.md): the time from POST
# /api/v1/me/help-requests answering 201 to the caseworker's push being handed to FCM (a fake FCM
# on 127.0.0.1, through the real Firebase Admin SDK), while other endpoints get a steady
# background load. Prints p50 and p99 and PASS/FAIL (p99 under 1 s). Exit 0 pass, 1 fail, 2 error.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/bench/out/help"

PORT="${BENCH_PORT:-8091}"
DB_NAME="${BENCH_DB:-homeward_bench_help}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
PARTICIPANTS="${BENCH_PARTICIPANTS:-2000}"
BACKGROUND="${BENCH_BACKGROUND:-200}"      # requests/s on GET /api/v1/me/today meanwhile
REQUESTS="${BENCH_REQUESTS:-300}"
REQUEST_RATE="${BENCH_REQUEST_RATE:-5}"     # help requests per second
WARMUP="${BENCH_WARMUP:-50}"                # help requests sent first, not measured

BENCH_NAME=help-bench
# shellcheck source=bench/common.sh
source bench/common.sh

command -v java >/dev/null || die "java (17+) is missing"
(exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null || die "no database answers at $DB_HOST:$DB_PORT"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already taken"; fi
mkdir -p "$out"

build_for_push
trap stop_all EXIT
trap 'exit 130' INT TERM
start_fake_fcm 4
start_homeward HOMEWARD_DB_POOL_SIZE=20

python3 bench/push_seed.py caseload "$PARTICIPANTS" | db "$DB_NAME"
db -N -B "$DB_NAME" -e "SELECT id, organisation_id, language FROM users WHERE role = 'PARTICIPANT' ORDER BY id" \
  | HOMEWARD_JWT_SECRET="$secret" python3 bench/tokens.py --lifetime 3600 >"$out/tokens.txt"
say "seeded $PARTICIPANTS participants, their caseworkers with a phone each; $REQUESTS help requests at $REQUEST_RATE/s under $BACKGROUND requests/s of GET /api/v1/me/today"

python3 bench/help_load.py "http://127.0.0.1:$PORT" "$out/tokens.txt" --background "$BACKGROUND" \
  --requests "$REQUESTS" --request-rate "$REQUEST_RATE" --warmup "$WARMUP" >"$out/answered.txt" 2>"$out/load.txt" \
  || { cat "$out/load.txt" >&2; die "the load driver failed"; }
sleep 3
db -N -B "$DB_NAME" -e "SELECT n.subject_id, o.sent_at FROM notifications n JOIN push_outbox o ON o.notification_id = n.id
  WHERE n.kind = 'help.raised' AND o.status = 'SENT'" >"$out/sent.txt"
read -r count p50 p99 worst missing <<<"$(python3 - "$out/answered.txt" "$out/sent.txt" <<'PY'
import sys
answered = dict(line.split() for line in open(sys.argv[1]) if line.strip())
sent = dict(line.split() for line in open(sys.argv[2]) if line.strip())
latencies = sorted(max(0, int(sent[i]) - int(t)) for i, t in answered.items() if i in sent)
missing = sum(1 for i in answered if i not in sent)
pick = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else -1
print(len(latencies), pick(0.5), pick(0.99), latencies[-1] if latencies else -1, missing)
PY
)"
background_rate="$(awk '/^BACKGROUND/ {print $2 " requests/s, " $3 " errors"}' "$out/load.txt")"
verdict=FAIL; [[ "$missing" -eq 0 && "$p99" -lt 1000 ]] && verdict=PASS
cat <<REPORT

Help request to the caseworker's push ($(nproc) cores; MariaDB, Homeward, the fake FCM and the load on this machine)
  background load    GET /api/v1/me/today: $background_rate
  help requests      $count pushed ($missing not pushed within 3 s of the last answer)
  201 -> FCM         p50 ${p50} ms, p99 ${p99} ms, worst ${worst} ms  [$verdict p99 < 1,000 ms]
Files: bench/out/help/
REPORT
[[ "$verdict" == PASS ]] && exit 0 || exit 1
