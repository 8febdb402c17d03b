# Shared by the push and help benchmarks (sourced, not run): logging, the database client, and
# starting the fake FCM server and Homeward pointed at it. Expects $root, $out, $PORT and the DB_*
# settings to be set by the script that sources it.

say() { printf '[%s %s] %s\n' "${BENCH_NAME:-bench}" "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "FAILED: $*"; exit 2; }
db() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }
now_ms() { date +%s%3N; }
ticks() { [[ -n "${1:-}" && -r "/proc/$1/stat" ]] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }

# build_for_push: the production jar (unless BENCH_SKIP_BUILD=yes) and the push test classes.
build_for_push() {
  local jar="$root/portal/target/homeward.jar"
  if [[ "${BENCH_SKIP_BUILD:-no}" != yes || ! -f "$jar" ]]; then
    say "building the production jar and the push test classes (fake FCM server, bare client)"
    ./mvnw -B -q -Pproduction install -DskipTests >"$out/build.log" 2>&1 || { tail -40 "$out/build.log" >&2; die "build failed"; }
  fi
  ./mvnw -B -q -pl push test-compile >>"$out/build.log" 2>&1 || die "push test classes did not compile"
  ./mvnw -B -q -pl push dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" \
    >>"$out/build.log" 2>&1 || die "no classpath for the fake server"
  classpath="push/target/test-classes:push/target/classes:$(cat "$out/classpath.txt")"
}

# start_fake_fcm THREADS: sets fcm_url and FAKE_PID; writes $out/service-account.json whose token
# endpoint is the fake's too.
start_fake_fcm() {
  coproc FAKE { exec java -cp "$classpath" org.homeward.push.fakefcm.FakeFcmServerMain "$1" 2>&1; }
  local ready
  read -r ready <&"${FAKE[0]}" || die "the fake FCM server did not start"
  [[ "$ready" == READY* ]] || die "the fake FCM server said: $ready"
  fcm_url="${ready#READY }"
  say "fake FCM at $fcm_url (pid $FAKE_PID, $1 handler threads)"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/key.pem" 2>/dev/null
  python3 - "$out/key.pem" "$fcm_url/token" >"$out/service-account.json" <<'PY'
import json, sys
print(json.dumps({"type": "service_account", "project_id": "homeward-bench", "private_key_id": "bench",
                  "private_key": open(sys.argv[1]).read(), "client_email": "bench@homeward-bench.iam.gserviceaccount.com",
                  "client_id": "1", "token_uri": sys.argv[2]}))
PY
}

# start_homeward [ENV=VALUE...]: a fresh database $DB_NAME, Homeward on $PORT sending to the fake;
# sets server_pid and secret; waits for /api/health and checks the Firebase gateway is in use.
start_homeward() {
  say "recreating database $DB_NAME"
  db -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  secret="$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(48)).decode())')"
  say "starting Homeward on port $PORT; log: ${out#$root/}/server.log"
  # shellcheck disable=SC2086
  (cd "$out" && exec env -u MICRONAUT_ENVIRONMENTS HOMEWARD_JWT_SECRET="$secret" \
    HOMEWARD_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?createDatabaseIfNotExist=true" \
    HOMEWARD_DB_USER="$DB_USER" HOMEWARD_DB_PASSWORD="$DB_PASSWORD" \
    HOMEWARD_PUSH_FCM_BASE_URL="$fcm_url" HOMEWARD_PUSH_FCM_CREDENTIALS_FILE="$out/service-account.json" \
    PORT="$PORT" "$@" java ${BENCH_JAVA_OPTS:-} -jar "$root/portal/target/homeward.jar") >"$out/server.log" 2>&1 &
  server_pid=$!
  local i
  for i in $(seq 1 180); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/health" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { tail -40 "$out/server.log" >&2; die "Homeward exited during start-up"; }
    [[ $i -eq 180 ]] && die "Homeward did not answer /api/health within 180 s"
    sleep 1
  done
  grep -q "gateway: firebase" "$out/server.log" || die "Homeward is not using the Firebase gateway (see server.log)"
}

stop_all() {
  [[ -n "${server_pid:-}" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "${FAKE_PID:-}" ]] && kill "$FAKE_PID" 2>/dev/null || true
}
