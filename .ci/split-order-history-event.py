#!/usr/bin/env python3
"""One-off (issue 18): moves OrderHistoryEvent's nested records and enum into top-level files of the same
package (a sealed interface outside a named module may permit only types of its own package), and rewrites
every reference in the repository. Usage, from the repository's root: python3 .ci/split-order-history-event.py
It does nothing when OrderHistoryEvent has no nested type left; spotless:apply formats afterwards."""
import re
from pathlib import Path

PACKAGE = "com.fooddelivery.customer.domain.event"
SOURCE = Path("customer-domain/src/main/java/com/fooddelivery/customer/domain/event/OrderHistoryEvent.java")

lines = SOURCE.read_text().split("\n")
header_end = next(i for i, l in enumerate(lines) if l.startswith("/**") or l.startswith("public "))
imports = [l for l in lines[:header_end] if l.startswith("import ")]
body = lines[header_end:]

members, kept, i = [], [], 0
while i < len(body):
    line = body[i]
    start = i
    if line.startswith("    /**"):
        j = i
        while "*/" not in body[j]:
            j += 1
        decl = j + 1
    else:
        decl = i
    if decl < len(body) and re.match(r"^    (record|enum) \w+", body[decl]):
        end = decl
        while body[end] != "    }":
            end += 1
        members.append(body[start : end + 1])
        i = end + 1
        if i < len(body) and body[i] == "" and kept and kept[-1] == "":
            i += 1
        continue
    kept.append(line)
    i += 1

if not members:
    raise SystemExit("OrderHistoryEvent has no nested type left")

names, permitted = [], []
for member in members:
    text = [l[4:] if l.startswith("    ") else l for l in member]
    k = next(n for n, l in enumerate(text) if re.match(r"^(record|enum) \w+", l))
    name = re.match(r"^(?:record|enum) (\w+)", text[k]).group(1)
    names.append(name)
    if re.search(r"implements[^{]*\bOrderHistoryEvent\b", "\n".join(text)):
        permitted.append(name)
    text[k] = "public " + text[k]
    code = "\n".join(text)
    used = [imp for imp in imports if re.search(r"\b" + imp.rstrip(";").split(".")[-1] + r"\b", code)]
    out = f"package {PACKAGE};\n\n" + ("\n".join(used) + "\n\n" if used else "") + code + "\n"
    SOURCE.with_name(name + ".java").write_text(out)

rest = "\n".join(kept)
rest = re.sub(r"\n{3,}", "\n\n", rest)
rest = re.sub(r"\n\n}", "\n}", rest)
rest = re.sub(r"(public sealed interface OrderHistoryEvent extends DomainEvent)(\s*permits[^{]*)?\s*\{",
              lambda m: m.group(1) + " permits " + ", ".join(permitted) + " {", rest, count=1)
used = [imp for imp in imports if re.search(r"\b" + imp.rstrip(";").split(".")[-1] + r"\b", rest)]
SOURCE.write_text(f"package {PACKAGE};\n\n" + ("\n".join(used) + "\n\n" if used else "") + rest)

NAMES = "|".join(names)
QUALIFIED = re.compile(r"\bOrderHistoryEvent\.(" + NAMES + r")\b")
for path in Path(".").rglob("*"):
    if any(part in ("target", ".git", "node_modules") for part in path.parts) or not path.is_file():
        continue
    if path.parts[:2] == ("bench", "peer") or path.suffix not in (".java", ".md"):
        continue
    text = path.read_text()
    if not QUALIFIED.search(text):
        continue
    new = QUALIFIED.sub(r"\1", text)
    if path.suffix == ".java":
        package = re.search(r"^package ([\w.]+);", new, re.M).group(1)
        if package != PACKAGE:
            wanted = [n for n in names if re.search(r"(?<![.\w])" + n + r"\b", re.sub(r"^import .*$", "", new, flags=re.M))
                      and f"import {PACKAGE}.{n};" not in new]
            body_lines = new.split("\n")
            for n in wanted:
                line = f"import {PACKAGE}.{n};"
                plain = [k for k, l in enumerate(body_lines) if l.startswith("import ") and not l.startswith("import static ")]
                at = next((k for k in plain if body_lines[k] > line), (plain[-1] + 1) if plain else None)
                if at is None:
                    at = next(k for k, l in enumerate(body_lines) if l.startswith("package ")) + 2
                    body_lines[at:at] = [line, ""]
                else:
                    body_lines.insert(at, line)
            new = "\n".join(body_lines)
        own = f"import {PACKAGE}.OrderHistoryEvent;"
        if own in new and not re.search(r"\bOrderHistoryEvent\b", new.replace(own, "")):
            new = new.replace(own + "\n", "")
    path.write_text(new)
