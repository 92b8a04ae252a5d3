"""Which functions real WINDEV code calls, and whether wlinterp knows them: the list of
calls `wl check` would report as WL102 "unknown function" (issue 8's built-in coverage).

    python tests/realcode/builtin_coverage.py [--all] [FOLDER...]
                                          (default: tests/realcode/corpus)

Every call of a bare name (`F(...)`, not `obj.F(...)`) in the code blocks of every file
under the folders is put in one class:
- project: a procedure, method, class or structure the same project declares (a project is
  a folder directly holding code files; `en/<project>/` and `fr/<project>/` in the corpus
  layout tests/realcode/README.md describes);
- built-in: a function wlinterp's registry has (or ExecuteAncestor, which the compiler
  answers);
- catalog: a WINDEV function wlinterp knows but does not run (wlinterp/windev_catalog.py:
  window, Windows API... functions, WL103 in `wl check`);
- unknown: anything else, the WL102 list, printed with counts (the project's own code kept
  outside the folder shows up here too: read the list, do not trust the share blindly).
A block that does not parse is read by a pattern instead (a name followed by `(`, outside
strings and comments, keywords left out), so that one syntax gap does not hide its calls.
`--all` also prints the built-in and catalog names with their counts.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from wlinterp.source_text import read_source
from wlinterp.errors import WLSyntaxError
from wlinterp.registry import load_stdlib
from wlinterp.semantics.method_calls import EXECUTE_ANCESTOR
from wlinterp.syntax import nodes as N
from wlinterp.syntax.names import fold
from wlinterp.syntax.parser import parse
from wlinterp.syntax.walk import walk_nodes
from wlinterp.syntax.winfile import code_blocks, is_windev_file
from wlinterp.windev_catalog import unavailable

from measure import code_files, procedures  # (a .wl script: one block per procedure)

ROOT = Path(__file__).resolve().parent
CLASSES = ("project", "built-in", "catalog", "unknown")

# Words followed by `(` that are statements or operators, not calls (pattern reading only).
_KEYWORDS = frozenset(fold(w) for w in """
    if si elseif sinon while tantque and et or ou not pas return renvoyer result
    procedure procédure function fonction case cas switch selon loop boucle for pour
    each tout in dans of de to à step pas until jusqua then alors else do faire
    new allouer delete libérer on sur is est un une a an array tableau
    """.split())
_CALL = re.compile(r"(?<![\w.:>$@])([^\W\d]\w*)\s*\(")
_STRING = re.compile(r'"[^"]*"')  # (a string continued by `\` spans lines)
_COMMENT = re.compile(r"//.*")
_TEXT_BLOCK = re.compile(r"\[[ \t]*\n.*?\n[ \t]*\]", re.S)  # a `[` ... `]` multi-line string
_DECLARED = re.compile(r"^\s*(?:PROC[EÉ]DURE|FUNCTION|FONCTION)\s+(?:\w+::)?(\w+)",
                       re.I | re.M)


def blocks_of(path: Path) -> list[tuple[str, str]]:
    """(name, WLanguage text) of every code block of a file (each procedure of a .wl
    script: one that does not parse leaves the others parsed); native blocks left out."""
    text = read_source(str(path))
    if is_windev_file(str(path)):
        return [(b.name, b.text) for b in code_blocks(text) if b.language is None]
    return [(path.name, piece) for piece in procedures(text)]


def calls_in(text: str, filename: str) -> tuple[list[str], set[str], bool]:
    """(names called bare, names declared, parsed?) of one block of code."""
    try:
        program = parse(text, filename)
    except WLSyntaxError:
        return _calls_by_pattern(text)
    called: list[str] = []
    declared: set[str] = set()
    for node in walk_nodes(program):
        if isinstance(node, N.Call) and isinstance(node.func, N.Name):
            called.append(node.func.name)
        elif isinstance(node, (N.Procedure, N.StructDecl)):
            declared.add(node.name)
    return called, declared, True


def _calls_by_pattern(text: str) -> tuple[list[str], set[str], bool]:
    code = _TEXT_BLOCK.sub('""', _COMMENT.sub("", _STRING.sub('""', text)))
    declared = set(_DECLARED.findall(code))
    called = [m.group(1) for m in _CALL.finditer(code)
              if fold(m.group(1)) not in _KEYWORDS and m.group(1) not in declared]
    return called, declared, False


def classify(name: str, declared: set[str], functions: dict[str, Any]) -> str:
    key = fold(name)
    if key in declared:
        return "project"
    if key in functions or key in EXECUTE_ANCESTOR:  # (the compiler answers the latter)
        return "built-in"
    if unavailable(name) is not None:
        return "catalog"
    return "unknown"


def measure(folders: list[Path]) -> dict[str, Any]:
    """Counts of calls by class, and by name within each class."""
    functions = load_stdlib().functions
    by_project: dict[Path, list[tuple[Path, str, str]]] = {}
    for path in code_files(folders):
        by_project.setdefault(path.parent, []).extend(
            (path, name, text) for name, text in blocks_of(path))
    names: dict[str, Counter[str]] = {c: Counter() for c in CLASSES}
    unparsed = blocks = 0
    for items in by_project.values():
        declared: set[str] = set()
        found: list[str] = []
        for path, name, text in items:
            called, mine, parsed = calls_in(text, str(path))
            declared |= {fold(n) for n in mine} | {fold(name), fold(path.stem)}
            found += called
            blocks += 1
            unparsed += not parsed
        for name in found:
            names[classify(name, declared, functions)][name] += 1
    return {"blocks": blocks, "unparsed": unparsed, "names": names,
            "calls": {c: sum(names[c].values()) for c in CLASSES}}


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    folders = [Path(a) for a in argv if a != "--all"] or [ROOT / "corpus"]
    r = measure(folders)
    calls = r["calls"]
    windev = calls["built-in"] + calls["catalog"] + calls["unknown"]
    print(f"code blocks: {r['blocks']} ({r['unparsed']} read by pattern: they do not parse)")
    print("calls of bare names: " + ", ".join(f"{c} {calls[c]}" for c in CLASSES))
    print(f"calls not to the project's own code: {windev}; a wlinterp built-in: "
          f"{calls['built-in']} ({100 * calls['built-in'] / max(windev, 1):.1f}%), "
          f"known (built-in or catalog): {calls['built-in'] + calls['catalog']} "
          f"({100 * (calls['built-in'] + calls['catalog']) / max(windev, 1):.1f}%)")
    for c in (CLASSES if show_all else ("unknown",)):
        print(f"{c} ({len(r['names'][c])} names):")
        for name, n in sorted(r["names"][c].items(), key=lambda x: (-x[1], x[0].lower())):
            print(f"  {n:5d} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
