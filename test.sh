#!/usr/bin/env bash
# Runs every test: unit, API and migration tests against MariaDB/MySQL, Karibu portal tests, and
# the browser journey in headless Chromium (Debian's /usr/bin/chromium).
# The database defaults to root@127.0.0.1:3306 with no password; change it with
# HOMEWARD_TEST_DB_URL (a jdbc:mysql:// URL), HOMEWARD_TEST_DB_USER and HOMEWARD_TEST_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")"

url="${HOMEWARD_TEST_DB_URL:-jdbc:mysql://127.0.0.1:3306/homeward_test}"
host=127.0.0.1
port=3306
if [[ "$url" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))? ]]; then
  host="${BASH_REMATCH[2]}"
  port="${BASH_REMATCH[4]:-3306}"
fi
if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  cat >&2 <<MSG
test.sh: no database answers at $host:$port.
The tests need MariaDB (10.11+) or MySQL (8+) there, user root without a password by default.
Start one, for example:
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
or point the tests at another with HOMEWARD_TEST_DB_URL, HOMEWARD_TEST_DB_USER, HOMEWARD_TEST_DB_PASSWORD.
MSG
  exit 2
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
