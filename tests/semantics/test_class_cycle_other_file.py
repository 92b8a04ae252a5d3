"""A class that inherits from itself (CA from CB from CA) is WL111 in the file that
declares it; a file beside it that the check reads with it is checked without an
internal error (the report needed a place in that file: `'Body' object has no
attribute 'line'`, exit 70)."""
from __future__ import annotations

import io
from pathlib import Path

from wlinterp.check import CheckOptions, check_paths

CYCLE = ("CA is Class\n\tinherits from CB\nEND\nCB is Class\n\tinherits from CA\nEND\n"
         "PROCEDURE CA::Hello()\nRESULT 1\n")  # (a file with procedures: a library)


def check(paths: list[Path]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = check_paths([str(p) for p in paths], err=err, out=out, options=CheckOptions())
    return code, err.getvalue()


def test_a_file_beside_a_class_cycle_is_checked(tmp_path: Path) -> None:
    (tmp_path / "cycle.wl").write_text(CYCLE, encoding="utf-8")
    (tmp_path / "main.wl").write_text("n is int = 1\nTrace(n)\n", encoding="utf-8")
    code, err = check([tmp_path / "main.wl"])
    assert "internal error" not in err and code != 70


def test_the_cycle_is_reported_in_its_own_file(tmp_path: Path) -> None:
    (tmp_path / "cycle.wl").write_text(CYCLE, encoding="utf-8")
    code, err = check([tmp_path / "cycle.wl"])
    assert code == 65 and "the class CA inherits from itself" in err
