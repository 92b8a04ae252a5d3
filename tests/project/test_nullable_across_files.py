"""A nullable type declared in another file of the project counts in the script: the
compiler looks for nullable operands only where the program's text holds a `?`
(compiler/program.py `nullables`), and that text is the whole project's, not the
script's alone. The script below writes no `?`; its library declares the results
`int?` / `entier?`: `Nothing() + 1` is Null, `Nothing() < 3` False (docs/semantics.md
"Nullable values in operations"). Were the library's `?` not seen, the sum would be 1 and
the comparison would stop the run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_nullable_result_declared_in_a_library_is_null_in_the_script(tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "lib.wl").write_text("PROCEDURE Nothing() : int?\nRESULT Null\n",
                                     encoding="utf-8")
    (tmp_path / "bib.wl").write_text("PROCÉDURE Rien() : entier?\nRENVOYER Null\n",
                                     encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(Nothing() + 1 = Null, Nothing() < 3)\n"
                                      "Trace(Rien() + 1 = Null, rien() < 3)\n",
                                      encoding="utf-8")
    ran = subprocess.run([sys.executable, "-m", "wlinterp", "run", "main.wl"], cwd=tmp_path,
                         text=True, capture_output=True, timeout=120,
                         env={**os.environ, "NO_COLOR": "1"})
    assert (ran.returncode, ran.stdout) == (0, "1, 0\n1, 0\n"), ran
