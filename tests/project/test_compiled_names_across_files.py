"""A procedure made by `Compile("Name", code)` (a literal name) is called directly by
that name anywhere in the project: in another file (`wl check` of one file, of the
folder, `wl run`) and in a later REPL input; no WL102 (docs/builtins.md "Dynamic
compilation")."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from wlinterp.repl import ReplSession, run_lines

SETUP_EN = ('PROCEDURE Setup()\nf is procedure = Compile("Twice", "PROCEDURE Twice(x)" + CR '
            '+ "RESULT x * 2")\nf(0)\n')
SETUP_FR = ('PROCÉDURE Prépare()\nf est une procédure = Compile("Triple", '
            '"PROCÉDURE Triple(x)" + RC + "RENVOYER x * 3")\nf(0)\n')


def wl(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=folder, text=True,
                          capture_output=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


def test_a_name_compiled_in_another_file_is_no_unknown_procedure(tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "setup.wl").write_text(SETUP_EN, encoding="utf-8")
    (tmp_path / "prepare.wl").write_text(SETUP_FR, encoding="utf-8")
    (tmp_path / "main.wl").write_text("Setup()\nPrépare()\nTrace(Twice(21), Triple(2))\n",
                                      encoding="utf-8")
    for args in (("check", "main.wl"), ("check", ".")):
        checked = wl(tmp_path, *args)
        assert "WL102" not in checked.stdout + checked.stderr, checked
        assert checked.returncode == 0, checked
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout) == (0, "42, 6\n"), ran


def test_a_name_compiled_by_an_earlier_repl_input() -> None:
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(stdout=out, stderr=err)
    run_lines(['f is procedure = Compile("Twice", "PROCEDURE Twice(x)" + CR + '
               '"RESULT x * 2")', "Trace(Twice(4))"], session)
    assert out.getvalue().splitlines()[-1] == "8" and "Twice" not in err.getvalue()
