"""How much of a corpus of WINDEV code wlinterp reads: the parse rate of code blocks and
the share of whole files `wl check` accepts (issue 8's two measures).

    python tests/realcode/measure.py [--procedures] [--causes] [--first] [FOLDER...]
                                          (default: tests/realcode/corpus)

A code block is one `code :` element of a text-format file (.wdg .wdc .wdw ...) or a
whole .wl script (with --procedures, each PROCEDURE of a .wl script is a block of its
own, so that one error does not hide the rest of a long script); native blocks (Swift,
JavaScript...) are counted apart. A file is
accepted when `wl check` reports no error; errors are also counted by code, so that
window functions (WL103, by design: they need the IDE) can be told from real gaps.

With --causes, the errors but WL103 are also counted by cause: their message with each
quoted name written 'X' and the element named and any suggestion dropped, so that the commonest gaps stand
out (a name the corpus never declares, a construct the checker refuses), with the names
most often quoted.

With --first, each file that does not load is named with its first error but WL103 (the
earliest by line) and how many such errors it has, grouped by that error's cause, the
commonest first: the first cause is the one to read, the others often follow from it
(a name the project declares in a file not gathered is quoted again on each use).

A second figure, whole files that load: a file loads when every error `wl check`
reports for it is WL103 (an accepted file, with none, loads too). A call of a window,
control or Windows function compiles and fails only if it is run (docs/check.md): such
a file is read whole and runs up to that call, which is issue 8's goal for whole files
("every whole file of the real projects loads"); any other error keeps it from loading.
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from wlinterp.check import CheckOptions, check_paths
from wlinterp.errors import WLSyntaxError
from wlinterp.source_text import read_source
from wlinterp.syntax.parser import parse
from wlinterp.syntax.winfile import code_blocks, is_windev_file

ROOT = Path(__file__).resolve().parent


def code_files(folders: list[Path]) -> list[Path]:
    """The `.wl` files under `folders`, and every file the IDE writes in text format
    (any WINDEV suffix: sets, classes, windows, pages, reports, templates, projects of
    WINDEV, WEBDEV and WINDEV Mobile...) that holds code; a text-format file without any
    code block (a query, an empty template) is not code to measure."""
    out = []
    for p in sorted(p for f in folders for p in f.rglob("*") if p.is_file()):
        if p.suffix.lower() == ".wl":
            out.append(p)
        elif is_windev_file(str(p)) and code_blocks(read_source(str(p))):
            out.append(p)
    return out


# a procedure's header, but not an internal procedure's (`PROCÉDURE INTERNE`, written at
# the line's start in real scripts): it belongs to the block of the code around it
_HEADER = re.compile(r"^(PROC[EÉ]DURE(?![ \t]+INTERNE\b)|FUNCTION|FONCTION)\b", re.I | re.M)


def procedures(text: str) -> list[str]:
    """A .wl script cut before each top-level PROCEDURE line (the main code first); not
    at a `PROCEDURE` line inside a multi-line string (code a script builds and compiles),
    nor at a `PROCÉDURE INTERNE` (counted inside the code that holds it)."""
    inside = _string_lines(text)
    cuts = [0] + [m.start() for m in _HEADER.finditer(text)
                  if m.start() > 0 and text.count("\n", 0, m.start()) + 1 not in inside]
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)]) if text[a:b].strip()]


def _string_lines(text: str) -> set[int]:
    """The lines (1-based) a multi-line string token spans, past its first; none when
    the script does not tokenize (the cut is then by lines alone)."""
    from wlinterp.syntax.lexer import tokenize
    try:
        toks = tokenize(text, "script.wl")
    except (WLSyntaxError, RecursionError):
        return set()
    out: set[int] = set()
    for t in toks:
        if t.type == "STRING" and t.end_pos is not None:
            last = text.count("\n", 0, t.end_pos) + 1
            out.update(range(t.line + 1, last + 1))
    return out


def measure(folders: list[Path], split: bool = False) -> dict[str, object]:
    """Counts for every code file under `folders`."""
    files = code_files(folders)
    blocks = parsed = native = accepted = loading = 0
    errors: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    names: Counter[str] = Counter()
    failures: list[str] = []
    first: list[tuple[str, int, dict[str, object]]] = []
    for path in files:
        text = read_source(str(path))
        windev = is_windev_file(str(path))
        pieces = code_blocks(text) if windev else []
        items = [(b.text, b.name, b.language) for b in pieces] or (
            [] if windev else  # (a text-format file without code: no block, not a script)
            [(t, path.name, None) for t in procedures(text)] if split
            else [(text, path.name, None)])
        for code, name, language in items:
            if language is not None:
                native += 1
                continue
            blocks += 1
            try:
                parse(code, str(path))
                parsed += 1
            except WLSyntaxError as exc:
                failures.append(f"{path.name} ({name}): {exc.message}")
        out = io.StringIO()
        code = check_paths([str(path)], err=io.StringIO(), out=out,
                           options=CheckOptions(format="json"))
        accepted += code == 0
        report = json.loads(out.getvalue() or "{}")
        found = [d for d in report.get("diagnostics", []) if d.get("severity") == "error"]
        codes = [d.get("code", "?") for d in found]
        errors.update(codes)
        for d in found:
            if d.get("code") != _RUN_TIME_ONLY:
                causes[cause(d.get("code", "?"), d.get("message", ""))] += 1
                names.update(_QUOTED.findall(d.get("message", ""))[:1])
        loading += code == 0 or bool(codes) and all(c == _RUN_TIME_ONLY for c in codes)
        gaps = [d for d in found if d.get("code") != _RUN_TIME_ONLY]
        if gaps:
            earliest = min(gaps, key=lambda d: (int(d.get("line") or 0), int(d.get("column") or 0)))
            first.append((_shown(path, folders), len(gaps), earliest))
    return {"files": len(files), "accepted": accepted, "loading": loading, "blocks": blocks,
            "parsed": parsed, "native": native, "errors": dict(errors), "failures": failures,
            "causes": causes, "names": names, "first": first}


def _shown(path: Path, folders: list[Path]) -> str:
    """The file's path from the measured folder that holds it (its project folder shows)."""
    for folder in folders:
        if path.is_relative_to(folder):
            return str(path.relative_to(folder)) or path.name
    return str(path)


def first_causes(first: list[tuple[str, int, dict[str, object]]]) -> list[tuple[str, list[str]]]:
    """The files that do not load grouped by the cause of their first error, the commonest
    cause first: each file as `path:line: (n errors) message`."""
    groups: dict[str, list[str]] = {}
    for shown, count, d in first:
        message = str(d.get("message", ""))
        groups.setdefault(cause(str(d.get("code", "?")), message), []).append(
            f"{shown}:{d.get('line')}: ({count} error{'s' if count > 1 else ''}) {message}")
    return sorted(groups.items(), key=lambda item: -len(item[1]))


_QUOTED = re.compile(r"'([^']*)'")
_IN_ELEMENT = re.compile(r" \(in [^()]*\)$")
_SUGGESTION = re.compile(r"; did you mean [^;]*\?")


def cause(code: str, message: str) -> str:
    """An error's cause: its code and message, each quoted name written 'X', and the
    element it is in (`(in Proc)`) and a suggestion (`did you mean`) dropped."""
    return f"{code} " + _QUOTED.sub("'X'", _SUGGESTION.sub("", _IN_ELEMENT.sub("", message)))


# The one error a file that loads may have: a window function's call (docs/check.md).
_RUN_TIME_ONLY = "WL103"


def main(argv: list[str]) -> int:
    split = "--procedures" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "corpus"]
    r = measure(folders, split)
    print(f"code blocks parsed: {r['parsed']}/{r['blocks']} "
          f"({100 * r['parsed'] / max(r['blocks'], 1):.1f}%), native blocks skipped: "
          f"{r['native']}")
    print(f"whole files accepted by wl check: {r['accepted']}/{r['files']} "
          f"({100 * r['accepted'] / max(r['files'], 1):.1f}%)")
    print(f"whole files that load (errors only {_RUN_TIME_ONLY}, window functions): "
          f"{r['loading']}/{r['files']} ({100 * r['loading'] / max(r['files'], 1):.1f}%)")
    print(f"check errors by code: {r['errors']}")
    for f in r["failures"]:  # type: ignore[attr-defined]
        print("  parse failure:", f)
    if "--causes" in argv:
        print("errors but WL103 by cause:")
        for text, n in r["causes"].most_common(25):  # type: ignore[attr-defined]
            print(f"  {n:5} {text}")
        print("names most often quoted:", ", ".join(
            f"{name} ({n})" for name, n in r["names"].most_common(25)))  # type: ignore[attr-defined]
    if "--first" in argv:
        print("files that do not load, by the cause of their first error but WL103:")
        for text, shown in first_causes(r["first"]):  # type: ignore[arg-type]
            print(f"  {len(shown):3} {text}")
            for line in shown:
                print(f"        {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
