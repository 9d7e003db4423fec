#!/usr/bin/env bash
# JMH microbenchmarks of the enrich stages (split, segment, tag, and HanLP alone). Not part of ./mvnw verify.
#   bench/jmh.sh                                  every benchmark with its annotated settings
#   bench/jmh.sh 'StageBenchmarks.tag' -prof gc   any JMH options (bench/jmh.sh -h lists them)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
(cd "$ROOT" && ./mvnw -q -B -pl bench -am -DskipTests -Dmaven.test.skip=true package >&2)
cd "$ROOT"
exec java -Dnewsflow.seeds="$ROOT/seeds" -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" org.openjdk.jmh.Main "$@"
