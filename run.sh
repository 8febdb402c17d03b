#!/usr/bin/env bash
# Runs Homeward at http://localhost:${PORT:-8080}: the portal under /, the API under /api.
# Dev mode: embedded H2 database under portal/data (unless HOMEWARD_DB_URL points elsewhere),
# demo people (password "homeward-demo"), notifications logged, Swagger UI.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
cd portal
# Vaadin dev mode looks for the portal's project folder in the working directory.
exec env MICRONAUT_ENVIRONMENTS="${MICRONAUT_ENVIRONMENTS:-dev}" java ${JAVA_OPTS:-} -jar target/homeward.jar
