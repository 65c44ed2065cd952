#!/usr/bin/env bash
# Runs the job jar (target/credence-spark.jar) in Spark local mode with a plain JVM, the way
# spark-submit would on one machine, over the tests' generated corpus, and prints the job's
# summary line (records, seconds, articles/s) and the per-source summary's line.
# Needs a build with test classes first:  mvn -pl credence-spark -am verify   (or package + test-compile)
# Usage: credence-spark/bench-local.sh [RECORDS (default 2100)] [MASTER (default local[2])]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
records="${1:-2100}"
master="${2:-local[2]}"
jar="$here/target/credence-spark.jar"
[ -f "$jar" ] && [ -d "$here/target/test-classes" ] || { echo "build first: mvn -pl credence-spark -am verify" >&2; exit 1; }
cp_file="$here/target/spark-provided.classpath"
(cd "$here/.." && mvn -q -o -B -pl credence-spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$cp_file" >/dev/null)
spark_cp="$(cat "$cp_file")"
# What Spark's launcher adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions); spark-submit adds them itself.
flags="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$here/target/test-classes:$spark_cp" org.credence.spark.TestCorpus "$records" 20251127 "$work/in/corpus.jsonl"
export SPARK_LOCAL_IP=127.0.0.1
run() {
  # shellcheck disable=SC2086
  java -Xmx2g -Xss4m $flags -Dspark.master="$master" -Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false \
      -Dlog4j2.configurationFile="$here/src/test/resources/log4j2-test.properties" \
      -cp "$jar:$spark_cp" "$@"
}
run org.credence.spark.AnalyzeJob --input "$work/in" --output "$work/out"
run org.credence.spark.SummarizeJob --input "$work/out" --output "$work/by-source" --format json
head -c 600 "$work"/by-source/part-*.json; echo
