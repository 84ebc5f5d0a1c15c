#!/usr/bin/env bash
# GA/T 467 read figures: (a) the client's own work after the last byte, and on to the applicant panel; (b) a find -> select -> read cycle over a
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
# The on-screen part of (a) needs a display: Xvfb when none is set (apt-get install xvfb xauth libgtk-3-0).
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :92 -screen 0 1280x800x24 -nolisten tcp & xvfb=$!
  trap 'kill $socat $xvfb 2>/dev/null; rm -rf "$dir"' EXIT
  export DISPLAY=:92
  sleep 1
fi
"$java" --module-path target/dist/yichuang/lib/javafx --add-modules javafx.controls \
  --enable-native-access=javafx.graphics,ALL-UNNAMED --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED \
  --add-exports javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED \
  -cp "$(ls target/dist/yichuang/lib/*.jar | tr '\n' ':')" bench/PanelBench.java
