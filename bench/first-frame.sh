#!/usr/bin/env bash
# Start-up to first frame: clerk and kiosk modes against a minimal JavaFX window, measured in the same run,
# RUNS times each (interleaved), medians and ratios printed. Needs `./mvnw -B package -DskipTests` first, and a
# display: it starts Xvfb on :91 when DISPLAY is unset (apt-get install xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
dist=target/dist/yichuang
[ -x "$dist/bin/yichuang" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ ! -x "${java:-}" ] || ! "$java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :91 -screen 0 1280x800x24 -nolisten tcp & xvfb=$!
  export DISPLAY=:91
  sleep 1
fi
"$(dirname "$java")/javac" -d "$out/classes" --module-path "$dist/lib/javafx" --add-modules javafx.controls bench/MinimalWindow.java

measure() { # prints the first-frame-ms of one run of the command given
  "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'
}
declare -A samples
for i in $(seq 1 "$runs"); do
  samples[baseline]+=" $(measure "$java" --module-path "$dist/lib/javafx" --add-modules javafx.controls \
      --enable-native-access=javafx.graphics -cp "$out/classes" MinimalWindow)"
  samples[clerk]+=" $(measure "$dist/bin/yichuang" --mode=clerk --data-dir="$out/data" --exit-after-first-frame)"
  samples[kiosk]+=" $(measure "$dist/bin/yichuang" --mode=kiosk --data-dir="$out/data" --exit-after-first-frame)"
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
base=$(echo "${samples[baseline]}" | median)
echo "runs=$runs (interleaved), first frame in ms since JVM start"
for name in baseline clerk kiosk; do
  m=$(echo "${samples[$name]}" | median)
  printf '%-9s median %5s ms  ratio %s  samples:%s\n' "$name" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.2f", a / b }')" "${samples[$name]}"
done
