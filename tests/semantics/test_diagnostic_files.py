"""Diagnostic golden files: `// error: WL101:7 message` (or `// warning: ...`) on the
offending line states the code, the column and the exact message; every diagnostic `wl
check` reports must be stated, and every statement must be reported."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.semantics.diagnostics import select
from wlinterp.syntax.parser import parse

FILES = sorted((Path(__file__).parents[1] / "diagnostics").glob("*.wl"))
_EXPECT = re.compile(r"//\s*(?P<sev>error|warning):\s*(?P<code>WL\d{3}):(?P<col>\d+)\s+"
                     r"(?P<msg>.*?)\s*$")


def expected(text: str) -> list[tuple[int, int, str, str, str]]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        m = _EXPECT.search(line)
        if m:
            out.append((number, int(m.group("col")), m.group("code"), m.group("sev"),
                        m.group("msg")))
    return out


def reported(text: str, name: str) -> list[tuple[int, int, str, str, str]]:
    diags = analyze(parse(text, name), load_stdlib()).diagnostics
    return [(d.line, d.column, d.code, d.severity.value, d.message)
            for d in select(diags, text)]


def test_there_are_files_in_both_languages() -> None:
    assert len(FILES) >= 6
    assert any("é" in f.read_text(encoding="utf-8") for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_diagnostics_match_the_comments(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    want = expected(text)
    assert want, "a diagnostic file states at least one diagnostic"
    assert sorted(reported(text, path.name)) == sorted(want)
