#!/usr/bin/env bash
# The Kafka test classes before and after a change, alternated round by round so that both meet the same
# load (docs/build.md, "Session 11: the Kafka tests' broker"). Prints per run: the load average, Maven's
# wall and CPU (user + sys of Maven, the test JVM and its child JVMs; PostgreSQL not included) and each
# Kafka class's time from the surefire report.
# Usage: bench/kafka-tests-ab.sh ROUNDS bootstrap|adapter [BASE]
#   BASE: the "before" revision (default main). Its tree is exported to $BEFORE (default /tmp/kafka-before)
#   and built there once, into its own Maven repository $BEFORE_REPO (default /tmp/kafka-before-m2, seeded
#   from $AFTER_REPO), so that the two variants' SNAPSHOT jars never mix. "After" is this worktree,
#   installed beforehand (./mvnw install -DskipTests) into $AFTER_REPO (default ~/.m2/repository).
# Bootstrap runs in one test JVM (-Dbootstrap.test.forks=1): each variant pays the JVM's first-class costs once.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=$1 MODULE=$2 BASE=${3:-main}
AFTER=$(pwd)
AFTER_REPO=${AFTER_REPO:-$HOME/.m2/repository}
BEFORE=${BEFORE:-/tmp/kafka-before}
BEFORE_REPO=${BEFORE_REPO:-/tmp/kafka-before-m2}
if [ ! -d "$BEFORE" ]; then
    mkdir -p "$BEFORE" "$BEFORE_REPO"
    git archive "$BASE" | tar -x -C "$BEFORE"
    cp -r "$AFTER_REPO/." "$BEFORE_REPO/"
    (cd "$BEFORE" && MAVEN_ARGS="-Dmaven.repo.local=$BEFORE_REPO" ./mvnw -B -q -o -DskipTests \
        -Dspotless.check.skip=true -Dcontract.lint.skip -Djacoco.skip install)
fi
case $MODULE in
    bootstrap) PL=bootstrap ;;
    adapter) PL=adapter-messaging-kafka ;;
    *) echo "module: bootstrap or adapter" >&2; exit 2 ;;
esac
TIMES=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
    for variant in before after; do
        if [ $variant = before ]; then dir=$BEFORE repo=$BEFORE_REPO; else dir=$AFTER repo=$AFTER_REPO; fi
        # Before, the takeover was a class of its own; after, it is nested in KafkaRelayTest.
        tests='KafkaEventPublisherTest'
        [ $PL = bootstrap ] && tests='KafkaRelayTest*,KafkaRelayTakeoverTest'
        load=$(cut -d' ' -f1 /proc/loadavg)
        rm -rf "$dir/$PL/target/surefire-reports"
        status=0
        (cd "$dir" && /usr/bin/time -o "$TIMES" -f '%e s wall, %U+%S s CPU' \
            env MAVEN_ARGS="-Dmaven.repo.local=$repo" ./mvnw -B -o -q -pl $PL surefire:test -Djacoco.skip \
            -Dbootstrap.test.forks=1 -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
            > "/tmp/kafka-tests-ab-$variant-$round.log" 2>&1) || status=$?
        classes=$(grep -ho 'testsuite [^>]*' "$dir/$PL"/target/surefire-reports/TEST-*Kafka*.xml \
            | sed -E 's/.*name="[^"]*\.([A-Za-z]+)" time="([^"]*)" tests="([0-9]+)" errors="([0-9]+)".*failures="([0-9]+)".*/\1 \2 s (\3 tests, \4 errors, \5 failures)/' \
            | paste -sd ';')
        echo "$MODULE round $round $variant: exit $status, load $load, $(tail -1 "$TIMES") | $classes"
    done
done
rm -f "$TIMES"
