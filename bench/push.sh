#!/usr/bin/env bash
# Push delivery under load (see bench/README.md): Homeward on MariaDB dispatches 200,000 due
# notifications from its outbox through the real Firebase Admin SDK to the fake FCM server on
# 127.0.0.1; then 100,000 reminders due within one minute go from plan to FCM; then a bare HTTP
# client posts to the same fake server for the transport's limit. Prints rates, lateness, CPU per
# message and PASS/FAIL. Exit 0: all pass; 1: a target missed; 2: the run failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/bench/out/push"

PORT="${BENCH_PORT:-8090}"
DB_NAME="${BENCH_DB:-homeward_bench_push}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
PEOPLE="${BENCH_PEOPLE:-1000}"
MESSAGES="${BENCH_MESSAGES:-200000}"
WARMUP_MESSAGES="${BENCH_WARMUP_MESSAGES:-50000}"   # sent first, not measured: the JIT compiles the SDK's path
REMINDERS="${BENCH_REMINDERS:-100000}"
REMINDER_LEAD="${BENCH_REMINDER_LEAD:-150}"   # seconds from seeding to the reminders' minute
DISPATCHERS="${BENCH_DISPATCHERS:-2}"
SEND_THREADS="${BENCH_SEND_THREADS:-100}"
FAKE_THREADS="${BENCH_FAKE_THREADS:-4}"
BARE_SECONDS="${BENCH_BARE_SECONDS:-20}"
base="http://127.0.0.1:$PORT"

BENCH_NAME=push-bench
# shellcheck source=bench/common.sh
source bench/common.sh

command -v java >/dev/null || die "java (17+) is missing"
command -v openssl >/dev/null || die "openssl is missing"
(exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null || die "no database answers at $DB_HOST:$DB_PORT"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already taken"; fi
mkdir -p "$out"

# ---- build, fake FCM, credentials, database and server ---------------------------------------
build_for_push
trap stop_all EXIT
trap 'exit 130' INT TERM
start_fake_fcm "$FAKE_THREADS"
start_homeward HOMEWARD_DB_POOL_SIZE=10 HOMEWARD_PUSH_DISPATCHERS="$DISPATCHERS" HOMEWARD_PUSH_FCM_SEND_THREADS="$SEND_THREADS"
db_pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)"; db_pid="${db_pid%%$'\n'*}"
hz="$(getconf CLK_TCK)"

python3 bench/push_seed.py people "$PEOPLE" | db "$DB_NAME"
say "seeded $PEOPLE people with a phone each"

# ---- 1: throughput -------------------------------------------------------------------------------
wait_until_sent() {
  local since="$1" left
  while :; do
    left="$(db -N -B "$DB_NAME" -e "SELECT COUNT(*) FROM push_outbox WHERE status = 'QUEUED'")"
    [[ "$left" -eq 0 ]] && return
    (( $(now_ms) - since > 600000 )) && die "$left messages still queued after 10 minutes"
    sleep 0.5
  done
}
if (( WARMUP_MESSAGES > 0 )); then
  say "warm-up: $WARMUP_MESSAGES notifications, not measured"
  python3 bench/push_seed.py outbox "$WARMUP_MESSAGES" "$(now_ms)" "$PEOPLE" | db "$DB_NAME"
  wait_until_sent "$(now_ms)"
  db "$DB_NAME" -e "DELETE FROM push_outbox; DELETE FROM notifications;"
fi
say "queueing $MESSAGES due notifications in one transaction"
python3 bench/push_seed.py outbox "$MESSAGES" "$(now_ms)" "$PEOPLE" | db "$DB_NAME"
t0="$(now_ms)"; s0="$(ticks "$server_pid")"; f0="$(ticks "$FAKE_PID")"; d0="$(ticks "$db_pid")"
wait_until_sent "$t0"
s1="$(ticks "$server_pid")"; f1="$(ticks "$FAKE_PID")"; d1="$(ticks "$db_pid")"
read -r sent failed last_sent <<<"$(db -N -B "$DB_NAME" -e "SELECT SUM(status = 'SENT'), SUM(status <> 'SENT'), MAX(sent_at) FROM push_outbox")"
elapsed_ms=$(( last_sent - t0 ))
rate="$(python3 -c "print(round($sent / ($elapsed_ms / 1000.0)))")"
per_msg() { python3 -c "print(round(($2 - $1) / $hz / $sent * 1e6))"; }
say "sent $sent (not sent: $failed) in $(( elapsed_ms / 1000 )).$(( elapsed_ms % 1000 / 100 )) s"

# ---- 2: reminders due in one minute ----------------------------------------------------------------
start_ms=$(( $(now_ms) + REMINDER_LEAD * 1000 ))
say "planning $REMINDERS task reminders due from $(date -d @$(( start_ms / 1000 )) +%H:%M:%S) over 60 s"
python3 bench/push_seed.py reminders "$REMINDERS" "$start_ms" 60000 "$PEOPLE" | db "$DB_NAME"
queued_by=""
while :; do
  read -r planned queued_sent <<<"$(db -N -B "$DB_NAME" -e "SELECT (SELECT COUNT(*) FROM reminders WHERE status = 'PLANNED'),
    (SELECT COUNT(*) FROM push_outbox o JOIN notifications n ON n.id = o.notification_id
      WHERE n.reminder_id IS NOT NULL AND o.status = 'SENT')")"
  [[ -z "$queued_by" && "$planned" -eq 0 ]] && queued_by="$(now_ms)"
  [[ "$queued_sent" -ge "$REMINDERS" ]] && break
  (( $(now_ms) - start_ms > 600000 )) && die "reminders still unsent 10 minutes after their minute began"
  sleep 1
done
db -N -B "$DB_NAME" -e "SELECT o.sent_at - o.first_due_at FROM push_outbox o JOIN notifications n
  ON n.id = o.notification_id WHERE n.reminder_id IS NOT NULL" >"$out/lateness.txt"
read -r p50 p99 worst <<<"$(python3 - "$out/lateness.txt" <<'PY'
import sys
values = sorted(int(line) for line in open(sys.argv[1]) if line.strip())
pick = lambda p: values[min(len(values) - 1, int(p * len(values)))]
print(pick(0.50), pick(0.99), values[-1])
PY
)"
ahead=$(( (start_ms - queued_by) / 1000 ))

# ---- 3: the bare client against the same fake server ---------------------------------------------
say "bare HTTP clients against the same fake server, $BARE_SECONDS s each"
java -cp "$classpath" -Dtarget="$fcm_url" -Drun=bare -Dseconds="$BARE_SECONDS" -Dwarmup=5 \
  org.homeward.push.bench.GatewayThroughput >"$out/bare-jdk.txt" 2>&1 || die "bare client failed"
java -cp "$classpath" -Dtarget="$fcm_url" -Drun=apache -Dseconds="$BARE_SECONDS" -Dwarmup=5 \
  org.homeward.push.bench.GatewayThroughput >"$out/bare-apache.txt" 2>&1 || die "bare Apache client failed"
bare_jdk="$(grep -oE '[0-9]+ messages/s' "$out/bare-jdk.txt" | tail -n1 | cut -d' ' -f1)"
bare_apache="$(grep -oE '[0-9]+ messages/s' "$out/bare-apache.txt" | tail -n1 | cut -d' ' -f1)"

# ---- report ----------------------------------------------------------------------------------------
verdict() { if [[ "$1" == 1 ]]; then echo PASS; else echo FAIL; fi; }
ok_rate=$(python3 -c "print(int($rate >= 5000))")
ok_half_jdk=$(python3 -c "print(int($rate >= 0.5 * ${bare_jdk:-0}))")
ok_half_apache=$(python3 -c "print(int($rate >= 0.5 * ${bare_apache:-0}))")
ok_late=$(python3 -c "print(int($p99 < 5000))")
cat <<EOF

Push delivery ($(nproc) cores; MariaDB, Homeward and the fake FCM on this machine)
  outbox -> FCM      $sent notifications in $(( elapsed_ms / 1000 )) s: $rate notifications/s  [$(verdict "$ok_rate") >= 5,000/s]
                     CPU per notification: Homeward $(per_msg "$s0" "$s1") µs, fake FCM $(per_msg "$f0" "$f1") µs, database $(per_msg "$d0" "$d1") µs
  bare JDK client    ${bare_jdk:-?} messages/s, HTTP/1.1 (Homeward reaches $(python3 -c "print(round($rate / max(1, ${bare_jdk:-1}), 2))") of it)  [$(verdict "$ok_half_jdk") >= 0.5]
  bare Apache client ${bare_apache:-?} messages/s, the SDK's own HTTP client without the SDK (ratio $(python3 -c "print(round($rate / max(1, ${bare_apache:-1}), 2))"))  [$(verdict "$ok_half_apache") >= 0.5]
  reminders          $REMINDERS due within one minute, all queued ${ahead} s before the minute began
                     lateness (due -> handed to FCM): p50 ${p50} ms, p99 ${p99} ms, worst ${worst} ms  [$(verdict "$ok_late") p99 < 5 s]
Files: bench/out/push/
EOF
[[ "$ok_rate" == 1 && "$ok_half_jdk" == 1 && "$ok_late" == 1 ]] && exit 0 || exit 1
