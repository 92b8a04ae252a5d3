"""The per-family tables of docs/builtins.md ("The portable families, name by name"),
drawn from the one list of each family's names (test_family_lists.FAMILIES), the
registry (what wlinterp runs, in which module), the catalogue (what it knows and
refuses, and why) and MISSING (what is neither, and why). test_family_tables.py fails
when the doc and this drawing differ; `python tests/core/family_tables.py` writes the
drawing into the doc.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from test_family_lists import FAMILIES, MISSING  # noqa: E402

from wlinterp.registry import load_stdlib  # noqa: E402
from wlinterp.syntax.names import fold  # noqa: E402
from wlinterp.windev_catalog import family_of  # noqa: E402

DOC = Path(__file__).resolve().parents[2] / "docs" / "builtins.md"
BEGIN, END = "<!-- family tables: begin -->", "<!-- family tables: end -->"
# the families issue 8 names, in its order, with their titles
SHOWN = {"files": "Files and folders", "maths": "Numbers and maths",
         "encoding": "Encoding and hashing", "strings": "Strings",
         "dates": "Dates and times", "system": "System and environment"}


def _missing_reasons() -> dict[str, tuple[int, str]]:
    """folded name -> (its note's number, the reason)."""
    found = {}
    for number, (names, reason) in enumerate(MISSING.items(), 1):
        for name in names.split():
            found[fold(name)] = (number, reason)
    return found


def _row(name: str, registry, missing) -> tuple[str, str, str]:
    """(English name, French name, status) of a name of the list; a French name that is
    another name of the same function shows the list's name after it."""
    en, fr, status = _known(name, registry, missing)
    return en, fr if fold(fr) == fold(name) else f"{fr} ({name})", status


def _known(name: str, registry, missing) -> tuple[str, str, str]:
    key = fold(name)
    builtin = registry.functions.get(key)
    if builtin is not None:
        return builtin.en, builtin.fr, f"runs (`{_file(registry, 'function', key)}`)"
    if key in registry.types:
        entry = registry.types[key]
        return entry.en, entry.fr, f"runs, a type (`{_file(registry, 'type', key)}`)"
    note = f", note {missing[key][0]}" if key in missing else ""
    entry = family_of(name)
    if entry is not None:
        return entry.en, entry.fr, f"catalogued: {entry.family.en}{note}"
    return "", name, f"missing{note}"


def _file(registry, kind: str, key: str) -> str:
    """The source file that declares a built-in (stdlib/paths.py)."""
    module = registry.origins.get((kind, key), "").removeprefix("wlinterp.")
    return module.replace(".", "/") + ".py"


def render() -> str:
    """Every table, with the reasons of its catalogued and missing names under it."""
    registry, missing = load_stdlib(), _missing_reasons()
    parts = [BEGIN]
    for family, title in SHOWN.items():
        rows = sorted({_row(n, registry, missing) for n in FAMILIES[family].split()},
                      key=lambda r: fold(r[1]))
        runs = sum(r[2].startswith("runs") for r in rows)
        parts += ["", f"### {title} ({len(rows)} names: {runs} run)", "",
                  "| French name | English name | In wlinterp |", "|---|---|---|"]
        parts += [f"| {fr} | {en or '(not known)'} | {status} |" for en, fr, status in rows]
        families = {}
        for en, _fr, _status in rows:
            entry = family_of(en) if en else None
            if entry is not None and fold(en) not in registry.functions:
                families[entry.family.en] = entry.family.reason
        notes = sorted({missing[fold(n)] for n in FAMILIES[family].split()
                        if fold(n) in missing})
        if families or notes:
            parts.append("")
        parts += [f"- catalogued, {name}: {reason}." for name, reason in families.items()]
        parts += [f"- note {number}: {reason}." for number, reason in notes]
    parts.append(END)
    return "\n".join(parts)


def written(doc: str) -> str:
    """The drawing as the doc holds it (between the markers)."""
    match = re.search(re.escape(BEGIN) + ".*?" + re.escape(END), doc, re.S)
    return match.group(0) if match else ""


if __name__ == "__main__":
    text = DOC.read_text(encoding="utf-8")
    old = written(text)
    if not old:
        sys.exit(f"{DOC}: no {BEGIN} ... {END} block to fill")
    DOC.write_text(text.replace(old, render()), encoding="utf-8")
