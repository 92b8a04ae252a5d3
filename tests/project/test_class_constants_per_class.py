"""Two class files (.wdc) of a project each declaring a constant MAXV in their CONSTANT
block: each class has its own (?1514012, docs/semantics.md "A class's constants"). Before,
`wl check` of the project said "the constant 'MAXV' is declared twice" (the other files'
CONSTANT blocks were compiled as the program's, check_shared.py), and a file's own
classes were refused the same way by the check and the run."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CLASS = """info :
 name : {name}
 type : 4
class :
 code_elements :
  p_codes :
   -
     code : |1+
      {name} est une Classe
      \tCONSTANTE
      \t\tMAXV = {value}
      \t\tDOUBLE = MAXV * 2
      \tFIN
      FIN
     type : 131072
  procedures :
   -
     name : Valeur
     type_code : 12
     code : |1+
      PROCÉDURE Valeur()
      RENVOYER MAXV + DOUBLE
     type : 589824
"""
_MAIN = """CONSTANTE
    LIMITE = CA::MAXV + 1
FIN
a est un CA
b est un CB
Trace(a.Valeur(), b.Valeur(), CA::MAXV, CB::maxv, LIMITE)
"""


def _wl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def _project(tmp_path: Path) -> Path:
    for name, value in (("CA", 5), ("CB", 9)):
        (tmp_path / f"{name}.wdc").write_text(_CLASS.format(name=name, value=value),
                                               encoding="utf-8")
    (tmp_path / "main.wl").write_text(_MAIN, encoding="utf-8")
    return tmp_path


def test_the_project_checks_clean(tmp_path: Path) -> None:
    done = _wl("check", str(_project(tmp_path)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s), 0 warning(s)" in done.stdout + done.stderr


def test_each_class_reads_its_own_constant(tmp_path: Path) -> None:
    done = _wl("run", str(_project(tmp_path) / "main.wl"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["15, 27, 5, 9, 6"]
