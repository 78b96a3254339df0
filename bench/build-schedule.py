#!/usr/bin/env python3
"""Replays how `./mvnw -B verify` (-T2) schedules the reactor's modules, for module times taken from a build log.

Maven 3.9's multi-threaded builder keeps a fixed pool of threads and one first-in, first-out queue: when a module
finishes, the modules it releases (all of their upstream modules done) join the queue in reactor order, and a free
thread takes the head. So a module on the longest path can wait behind modules released before it. This script
replays that rule with each module's own time, to show when bootstrap can start and when the build ends for a
given module order (docs/build.md, "Session 11").

    python3 bench/build-schedule.py                  # the quiet figures of 2026-12-06 (the lead's reactor summary)
    python3 bench/build-schedule.py build.log        # the times of a build's "Reactor Summary"

Run it from the repository's root: the "after" order is read from pom.xml, so a changed order is replayed too.

A module's time in the summary is its wall time beside the other thread's work, so the replay shows the schedule's
shape (who waits for whom), not a prediction to the second.
"""
import heapq
import re
import sys

# The lead's quiet `clean install` of 2026-12-06 (Maven's reactor summary, seconds); the contract lint's ~10 s
# were part of the HTTP adapter's time then.
QUIET = {
    "customerbackend-bom": 0.0,
    "customerbackend": 0.5,
    "customer-domain": 20.6,
    "customer-domain-testkit": 0.0,
    "customer-application": 22.1,
    "adapter-persistence-jooq": 51.3,
    "adapter-http-javalin": 50.3,
    "adapter-payment": 23.2,
    "adapter-messaging-kafka": 8.7,
    "architecture-rules": 15.2,
    "bootstrap": 146.0,
    "embedding-example": 8.3,
}
LINT = 10.0

UPSTREAM = {
    "customerbackend-bom": [],
    "customerbackend": [],
    "customer-domain": ["customerbackend"],
    "customer-domain-testkit": ["customerbackend", "customer-domain"],
    "customer-application": ["customerbackend", "customer-domain"],
    "adapter-persistence-jooq": ["customerbackend", "customer-domain"],
    "adapter-http-javalin": ["customerbackend", "customer-application"],
    "adapter-payment": ["customerbackend", "customer-domain"],
    "adapter-messaging-kafka": ["customerbackend", "customer-domain"],
    "architecture-rules": ["customerbackend"],
    "contract-lint": ["customerbackend"],
    "bootstrap": [
        "customerbackend",
        "adapter-persistence-jooq",
        "adapter-http-javalin",
        "adapter-payment",
        "adapter-messaging-kafka",
        "architecture-rules",
    ],
    "embedding-example": ["customerbackend-bom", "customer-application", "architecture-rules", "customer-domain-testkit"],
}

BEFORE = [  # session 10's module order, the lint inside the HTTP adapter's build
    "customerbackend-bom", "customerbackend", "customer-domain", "customer-domain-testkit", "customer-application",
    "adapter-persistence-jooq", "adapter-http-javalin", "adapter-payment", "adapter-messaging-kafka",
    "architecture-rules", "bootstrap", "embedding-example",
]


def reactor_order(root="pom.xml"):
    """The root pom's modules as Maven sorts them: in the listed order, each after the modules it needs."""
    import os
    import xml.etree.ElementTree as xml

    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    base = os.path.dirname(os.path.abspath(root))
    listed = ["customerbackend"]
    for module in xml.parse(root).getroot().findall("m:modules/m:module", ns):
        listed.append(xml.parse(os.path.join(base, module.text, "pom.xml")).getroot().find("m:artifactId", ns).text)
    order = []

    def visit(module):
        if module not in order:
            for upstream in UPSTREAM[module]:
                visit(upstream)
            order.append(module)

    for module in listed:
        visit(module)
    return order


def replay(order, seconds, threads=2):
    """Start and end of every module under the builder's rule."""
    done, start, end, running = set(), {}, {}, []
    queue = [m for m in order if not UPSTREAM[m]]
    waiting = set(order) - set(queue)
    free, now = threads, 0.0
    while queue or running:
        while free and queue:
            module = queue.pop(0)
            start[module] = now
            heapq.heappush(running, (now + seconds[module], module))
            free -= 1
        now, finished = heapq.heappop(running)
        end[finished] = now
        done.add(finished)
        free += 1
        for module in order:
            if module in waiting and finished in UPSTREAM[module] and all(u in done for u in UPSTREAM[module]):
                waiting.discard(module)
                queue.append(module)
    return start, end


def from_log(path):
    """Module times from a Maven log's reactor summary ("name ..... SUCCESS [ 20.6 s]" or "[01:39 min]")."""
    seconds = {}
    pattern = re.compile(r"\[INFO\] (\S+) \.+ \w+ \[\s*(?:(\d+):(\d+) min|([\d.]+) s)\]")
    for line in open(path, errors="replace"):
        found = pattern.search(line)
        if found:
            name, minutes, secs, plain = found.groups()
            seconds[name] = float(plain) if plain else int(minutes) * 60 + int(secs)
    return seconds


def show(label, order, seconds):
    start, end = replay(order, seconds)
    print(f"{label}: bootstrap starts at {start['bootstrap']:.1f} s, the build ends at {max(end.values()):.1f} s")
    for module in sorted(start, key=start.get):
        print(f"    {module:26s} {start[module]:6.1f} -> {end[module]:6.1f}")


def main():
    seconds = dict(QUIET)
    if len(sys.argv) > 1:
        seconds.update(from_log(sys.argv[1]))
    lint = seconds.get("contract-lint", LINT)
    before = dict(seconds)
    if "contract-lint" in seconds:
        before["adapter-http-javalin"] += lint
    after = dict(before, **{"adapter-http-javalin": before["adapter-http-javalin"] - lint, "contract-lint": lint})
    show("before (session 10's order, the lint in the HTTP adapter)", BEFORE, before)
    show("after (the root pom's order, the lint beside customer-domain)", reactor_order(), after)


if __name__ == "__main__":
    main()
