#!/usr/bin/env python3
"""Where a JVM spent its CPU, from `jfr print --events jdk.ExecutionSample <file>` on stdin.

Prints the share of samples whose stack holds a frame of each library (a sample counts once per
library, so the shares overlap), then the hottest top frames and the hottest frames of this project
or the peer. Usage: jfr print --events jdk.ExecutionSample app.jfr | bench/peer/jfr-summary.py
"""
import collections
import re
import sys

LIBRARIES = [
    ("PostgreSQL JDBC driver", "org.postgresql."),
    ("HikariCP", "com.zaxxer.hikari."),
    ("jOOQ", "org.jooq."),
    ("Hibernate (ORM and Validator)", "org.hibernate."),
    ("Spring Data", "org.springframework.data."),
    ("Spring transactions / AOP", ("org.springframework.transaction.", "org.springframework.aop.")),
    ("Spring Security", "org.springframework.security."),
    ("Spring Web MVC", ("org.springframework.web.", "org.springframework.http.")),
    ("Jackson", "com.fasterxml.jackson."),
    ("Jetty / Javalin", ("org.eclipse.jetty.", "io.javalin.")),
    ("Tomcat", "org.apache.tomcat.", "org.apache.catalina.", "org.apache.coyote."),
    ("logging", ("ch.qos.logback.", "org.slf4j.", "org.apache.logging.")),
    ("Bean Validation", "org.hibernate.validator."),
    ("this service", "com.fooddelivery.customer."),
    ("the peer", "com.fooddelivery.peer."),
    ("reflection / method handles", ("java.lang.reflect.", "java.lang.invoke.", "jdk.internal.reflect.")),
    ("socket I/O", ("sun.nio.ch.", "java.net.", "sun.nio.")),
]


def prefixes(entry):
    flat = []
    for item in entry[1:]:
        flat.extend(item if isinstance(item, tuple) else (item,))
    return tuple(flat)


def samples(lines):
    stack, inside = [], False
    for line in lines:
        if "stackTrace = [" in line:
            stack, inside = [], True
        elif inside and line.strip() == "]":
            inside = False
            yield stack
        elif inside:
            frame = re.sub(r"\s+line:.*$", "", line.strip())
            if frame and frame != "...":
                stack.append(frame)


def main():
    counts, top, own = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for stack in samples(sys.stdin):
        total += 1
        if stack:
            top[stack[0]] += 1
        for entry in LIBRARIES:
            if any(frame.startswith(prefixes(entry)) for frame in stack):
                counts[entry[0]] += 1
        for frame in stack:
            if frame.startswith(("com.fooddelivery.customer.", "com.fooddelivery.peer.")):
                own[frame] += 1
                break
    print(f"{total} execution samples")
    print("share of samples with a frame of:")
    for name, n in counts.most_common():
        print(f"  {100 * n / max(total, 1):5.1f}%  {name}")
    print("hottest top frames:")
    for frame, n in top.most_common(15):
        print(f"  {100 * n / max(total, 1):5.1f}%  {frame}")
    print("hottest innermost frames of the application's own code:")
    for frame, n in own.most_common(10):
        print(f"  {100 * n / max(total, 1):5.1f}%  {frame}")


if __name__ == "__main__":
    main()
