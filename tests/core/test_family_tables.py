"""docs/builtins.md's tables of the portable families ("The portable families, name by
name") say what the registry, the catalogue and MISSING say: drawn again by
tests/core/family_tables.py, they must be what the doc holds (run that file to write
them after a function is added, catalogued or refused)."""
from __future__ import annotations

from family_tables import DOC, render, written


def test_the_doc_holds_the_tables_as_drawn_now() -> None:
    held = written(DOC.read_text(encoding="utf-8"))
    assert held, "docs/builtins.md has lost its family tables block"
    assert held == render(), ("docs/builtins.md's family tables are out of date: run "
                              "`.venv/bin/python tests/core/family_tables.py`")
