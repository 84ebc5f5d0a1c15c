#!/usr/bin/env bash
# Receipt (受理回执) cost: cold and warm milliseconds and size, against a one-line CJK page made in the same run.
# Needs `./mvnw -B package -DskipTests` first and fonts-wqy-microhei (or a font path as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
[ -d target/dist/yichuang/lib ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
exec "$java" -cp "target/dist/yichuang/lib/*" bench/ReceiptBench.java "${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}" ${2:-}
