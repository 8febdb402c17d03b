#!/usr/bin/env bash
# Prints, per language, how many user-visible messages are translated (must be 100% for all).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -pl i18n compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
exec java -cp "i18n/target/classes:$(cat i18n/target/classpath.txt)" org.homeward.i18n.TranslationCoverage
