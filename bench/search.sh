#!/usr/bin/env bash
# Search as you type over 50,000 items: p50/p99 per keystroke through the platform's catalogue index, through SQLite
# FTS5 on the same items in the same run (with the ratio), and over HTTP through the embedded platform.
# Needs `./mvnw -B package -DskipTests` first. $1: number of items (default 50000).
set -euo pipefail
cd "$(dirname "$0")/.."
java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
[ -d target/dist/yichuang/lib ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -cp "target/dist/yichuang/lib/*" bench/SearchBench.java generate "$work" "${1:-50000}"
"$java" --enable-native-access=ALL-UNNAMED -cp "$work:target/dist/yichuang/lib/*" bench/SearchBench.java run "$work"
