#!/usr/bin/env python3
"""One-off: drops Javadoc tags that restate a name, now that doclint no longer demands them (issue 18).

Usage: .ci/trim-javadoc.py DIR...   (rewrites every .java file under each DIR in place)
- a compact constructor's @params go (they repeat the record's), and so does its Javadoc when what is
  left is a stock "Requires ..." / "Validates ..." sentence;
- elsewhere an @param or @return of eight words or fewer goes unless it states a limit or a contract
  (never, only, unless, at least, at most, must, a number, a link);
- an @throws of IllegalArgumentException, NullPointerException or IllegalStateException goes (a caller's
  mistake, checked right below); other @throws and every other tag stay;
- a type never loses its Javadoc: a record's only @param becomes its sentence;
- a Javadoc left with one line of text and no tag becomes a one-line comment when it fits 120 columns.
"""
import re
import sys
from pathlib import Path

KEEP = re.compile(r"\b(never|only|unless|at least|at most|must)\b|\{@|\d", re.IGNORECASE)
TAG = re.compile(r"^@(\w+)\b")
COMPACT_CTOR = re.compile(r"^\s*(public\s+|protected\s+)?[A-Z]\w*\s*\{\s*$")
TYPE = re.compile(r"^\s*(public\s+|protected\s+|static\s+|final\s+|sealed\s+|abstract\s+)*(record|class|interface|enum)\s")
STOCK = re.compile(r"^(Requires|Validates|Checks|Refuses|Rejects|Normalises|Normalizes)\b")


def content(lines):
    out = []
    for i, raw in enumerate(lines):
        s = raw.strip()
        if i == 0:
            s = s[3:]
        if s.endswith("*/"):
            s = s[:-2]
        s = s.rstrip()
        if i > 0 and s.lstrip().startswith("*"):
            s = s.lstrip()[1:]
        if s.startswith(" "):
            s = s[1:]
        out.append(s.rstrip() if s.strip() else "")
    return out


def split(text):
    desc, tags = [], []
    for line in text:
        if TAG.match(line.strip()):
            tags.append([line])
        elif tags:
            tags[-1].append(line)
        else:
            desc.append(line)
    while desc and not desc[-1].strip():
        desc.pop()
    while desc and not desc[0].strip():
        desc.pop(0)
    for tag in tags:
        while len(tag) > 1 and not tag[-1].strip():
            tag.pop()
    return desc, tags


def restates(tag):
    first = tag[0].strip()
    kind = TAG.match(first).group(1)
    if kind == "throws" and re.match(r"@throws\s+(IllegalArgumentException|NullPointerException|IllegalStateException)\b", first):
        return True  # a caller's programming error, checked in the lines below; business failures stay
    if kind not in ("param", "return"):
        return False
    words = first.split()[2:] if kind == "param" else first.split()[1:]
    said = " ".join(words + [l.strip() for l in tag[1:]])
    if re.fullmatch(r"at most this many\.?", said.strip(), re.IGNORECASE):
        return True
    return len(said.split()) <= 8 and not KEEP.search(said)


def rewrite(block, declaration):
    desc, tags = split(content(block))
    indent = block[0][: len(block[0]) - len(block[0].lstrip())]
    if COMPACT_CTOR.match(declaration):
        tags = [t for t in tags if TAG.match(t[0].strip()).group(1) != "param" and not restates(t)]
        if not tags and (not desc or (len(desc) == 1 and STOCK.match(desc[0]) and len(desc[0].split()) <= 6)):
            return []
    else:
        kept = [t for t in tags if not restates(t)]
        if TYPE.match(declaration) and not desc and not kept and tags:
            # a type keeps a sentence: its one component's description becomes it
            if len(tags) > 1 or TAG.match(tags[0][0].strip()).group(1) != "param":
                return block
            said = " ".join([tags[0][0].strip().split(None, 2)[2]] + [l.strip() for l in tags[0][1:]])
            desc = [said[0].upper() + said[1:].rstrip(".") + "."]
        tags = kept
    if not desc and not tags:
        return []
    if not tags and len(desc) == 1:
        one = f"{indent}/** {desc[0].strip()} */"
        if len(one) <= 120:
            return [one]
    if not desc and len(tags) == 1 and len(tags[0]) == 1:
        one = f"{indent}/** {tags[0][0].strip()} */"
        if len(one) <= 120:
            return [one]
    body = [f"{indent} * {l}" if l else f"{indent} *" for l in desc]
    if desc and tags:
        body.append(f"{indent} *")
    for tag in tags:
        body += [f"{indent} * {l}" if l else f"{indent} *" for l in tag]
    return [f"{indent}/**"] + body + [f"{indent} */"]


def trim(path):
    lines = path.read_text().split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].lstrip().startswith("/**") and not lines[i].lstrip().startswith("/**/"):
            j = i
            while "*/" not in lines[j]:
                j += 1
            block = lines[i : j + 1]
            k = j + 1
            while k < len(lines) and lines[k].strip().startswith("@"):
                k += 1
            declaration = lines[k] if k < len(lines) else ""
            new = rewrite(block, declaration)
            if not new and out and not out[-1].strip():
                if (k < len(lines) and not lines[j + 1].strip()) or (len(out) > 1 and out[-2].rstrip().endswith("{")):
                    out.pop()
            out += new
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    text = "\n".join(out)
    if text != "\n".join(lines):
        path.write_text(text)


for root in sys.argv[1:]:
    for file in sorted(Path(root).rglob("*.java")):
        trim(file)
