#!/usr/bin/env bash
# GA/T 467 read figures: (a) the client's own work after the last byte; (b) a find -> select -> read cycle over a
# socat pty pair at 115200 baud against the bytes-on-the-wire time. Needs `./mvnw -B package -DskipTests` and socat.
set -euo pipefail
cd "$(dirname "$0")/.."
java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
[ -d target/dist/yichuang/lib ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
dir=$(mktemp -d)
socat pty,raw,echo=0,link="$dir/ttyREADER" pty,raw,echo=0,link="$dir/ttyAPP" & socat=$!
trap 'kill $socat 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do [ -e "$dir/ttyAPP" ] && break; sleep 0.1; done
"$java" --enable-native-access=ALL-UNNAMED -Druns="${RUNS:-15}" -cp "target/dist/yichuang/lib/*" bench/IdCardBench.java \
  "$dir/ttyREADER" "$dir/ttyAPP"
