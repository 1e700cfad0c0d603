#!/usr/bin/env python3
"""Builds quantlm.h from the parts in src/.

Starts at src/quantlm.h.in and inlines every quoted #include of a part exactly once
(system includes stay). The output is byte-for-byte reproducible.
  scripts/amalgamate.py [-o quantlm.h] [--line]
--line adds #line directives so compiler errors point into src/.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"\s*(//.*)?$')


def inline(path, seen, out, line_directives):
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if line_directives:
        out.append('#line 1 "%s"' % rel)
    in_comment = False  # an #include inside a /* */ comment is documentation, not a part
    for i, line in enumerate(lines, 1):
        m = None if in_comment else INCLUDE.match(line)
        opened, closed = line.rfind("/*"), line.rfind("*/")
        if opened > closed:
            in_comment = True
        elif closed > opened:
            in_comment = False
        if m:
            target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
            if not os.path.exists(target):
                sys.exit("amalgamate: %s:%d: no part %s" % (rel, i, m.group(1)))
            if target not in seen:
                seen.add(target)
                inline(target, seen, out, line_directives)
                if line_directives:
                    out.append('#line %d "%s"' % (i + 1, rel))
            continue
        out.append(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "quantlm.h"))
    ap.add_argument("--line", action="store_true")
    args = ap.parse_args()
    out = []
    root = os.path.join(SRC, "quantlm.h.in")
    inline(root, {root}, out, args.line)
    text = "\n".join(out) + "\n"
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
