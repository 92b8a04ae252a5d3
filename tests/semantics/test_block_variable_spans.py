"""A variable renamed by the block pass (semantics/block_names.py: a second variable of
one name carries invisible marks) is reported as written: its name without the marks,
and its span as long as the name in the source (the marks counted in it made the span one
column too long per mark)."""
from __future__ import annotations

import io
import json
from pathlib import Path

from wlinterp.check import CheckOptions, check_paths
from wlinterp.semantics.block_names import MARK

SOURCE = ('IF 1 = 1 THEN\n\tabc is int = 1\nELSE\n\tabc is string = "x"\nEND\n'
          "t is array of int = [1]\nFOR EACH v OF t\nEND\nv is real = 2.5\n")


def test_a_renamed_variable_is_shown_and_spanned_as_written(tmp_path: Path) -> None:
    path = tmp_path / "s.wl"
    path.write_text(SOURCE, encoding="utf-8")
    out = io.StringIO()
    check_paths([str(path)], err=io.StringIO(), out=out, options=CheckOptions(format="json"))
    found = [d for d in json.loads(out.getvalue())["diagnostics"] if d["code"] == "WL201"]
    assert {(d["line"], d["column"], d["end_column"]) for d in found} == {
        (2, 2, 5), (4, 2, 5), (9, 1, 2)}
    assert all(MARK not in d["message"] and MARK not in d["source_line"] for d in found)
    assert {d["message"] for d in found} == {"'abc' is declared but never used",
                                             "'v' is declared but never used"}
