#!/usr/bin/env bash
# The HTTP adapter's tests before and after a change, alternated round by round so that both meet the same
# load (docs/build.md, "Session 12: the HTTP adapter's stage"). Prints per run: the load average, the
# surefire fork's CPU (user + sys, from /usr/bin/time around the test JVM, through surefire's -Djvm), Maven's
# wall and CPU with the fork, and the sum and the three longest of the class times from the surefire reports.
# Usage: bench/http-tests-ab.sh ROUNDS [BASE]
#   BASE: the "before" revision (default main). Its tree is exported to $BEFORE (default /tmp/http-before)
#   and built there once, into its own Maven repository $BEFORE_REPO (default /tmp/http-before-m2, seeded
#   from $AFTER_REPO), so that the two variants' SNAPSHOT jars never mix. "After" is this worktree,
#   installed beforehand (./mvnw install -DskipTests) into $AFTER_REPO (default ~/.m2/repository).
# Both run the module's `test` phase as the build does (JaCoCo's agent included), compiled beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=$1 BASE=${2:-main}
AFTER=$(pwd)
AFTER_REPO=${AFTER_REPO:-$HOME/.m2/repository}
BEFORE=${BEFORE:-/tmp/http-before}
BEFORE_REPO=${BEFORE_REPO:-/tmp/http-before-m2}
PL=adapter-http-javalin
if [ ! -d "$BEFORE" ]; then
    mkdir -p "$BEFORE" "$BEFORE_REPO"
    git archive "$BASE" | tar -x -C "$BEFORE"
    cp -r "$AFTER_REPO/." "$BEFORE_REPO/"
    (cd "$BEFORE" && MAVEN_ARGS="-Dmaven.repo.local=$BEFORE_REPO" ./mvnw -B -q -o -DskipTests \
        -Dspotless.check.skip=true -Dcontract.lint.skip -Djacoco.skip install -pl $PL -am)
fi
for dir in "$BEFORE" "$AFTER"; do
    (cd "$dir" && MAVEN_ARGS="-Dmaven.repo.local=$([ "$dir" = "$BEFORE" ] && echo "$BEFORE_REPO" || echo "$AFTER_REPO")" \
        ./mvnw -B -q -o -pl $PL test-compile -Dspotless.check.skip=true)
done
# Surefire takes a JVM by a path ending in bin/java: this one runs the real one under time.
WRAP=$(mktemp -d)
mkdir "$WRAP/bin"
cat > "$WRAP/bin/java" <<EOF
#!/bin/sh
exec /usr/bin/time -a -o "\$FORK_TIMES" -f '%U+%S s CPU' "$(readlink -f "$(command -v java)")" "\$@"
EOF
chmod +x "$WRAP/bin/java"
TIMES=$WRAP/maven.time
for round in $(seq 1 "$ROUNDS"); do
    for variant in before after; do
        if [ $variant = before ]; then dir=$BEFORE repo=$BEFORE_REPO; else dir=$AFTER repo=$AFTER_REPO; fi
        load=$(cut -d' ' -f1 /proc/loadavg)
        rm -rf "$dir/$PL/target/surefire-reports"
        : > "$WRAP/fork.time"
        status=0
        (cd "$dir" && FORK_TIMES="$WRAP/fork.time" /usr/bin/time -o "$TIMES" -f '%e s wall, %U+%S s CPU' \
            env MAVEN_ARGS="-Dmaven.repo.local=$repo" ./mvnw -B -o -q -pl $PL test -Dspotless.check.skip=true \
            -Djvm="$WRAP/bin/java" > "/tmp/http-tests-ab-$variant-$round.log" 2>&1) || status=$?
        classes=$(cd "$dir/$PL/target/surefire-reports" && python3 -c '
import glob, xml.etree.ElementTree as ET
rows = sorted(((float(ET.parse(f).getroot().get("time")), ET.parse(f).getroot().get("name").split(".")[-1])
               for f in glob.glob("TEST-*.xml")), reverse=True)
print("classes %.1f s (%s)" % (sum(t for t, _ in rows), ", ".join("%s %.1f" % (n, t) for t, n in rows[:3])))')
        echo "round $round $variant: exit $status, load $load, fork $(grep -v '^Command' "$WRAP/fork.time" | tail -1)," \
            "Maven $(tail -1 "$TIMES") | $classes"
    done
done
rm -rf "$WRAP"
