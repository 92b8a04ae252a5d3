"""`wl run --call PROC ARGS` and running WINDEV procedure sets / classes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WDG = """#To edit and compare internal_properties, use WINDEV integrated tools.
info :
 name : Calculs
 type : 7
procedures :
 -
   name : TotalTTC
   type_code : 15
   code : |1+
    procédure TotalTTC(mHT est un monétaire, nTaux est un entier = 20)
    RENVOYER mHT * (1 + nTaux / 100)
   type : 458752
 -
   name : Salut
   type_code : 15
   code : |1-
    PROCEDURE Salut(sNom)
    Trace("Bonjour " + sNom)
    RESULT Length(sNom) / 0
   type : 458752
"""

WDC = """info :
 name : CCompteur
 type : 4
class :
 code_elements :
  p_codes :
   -
     code : |1+
      CCompteur est une Classe
      	m_n est un entier
      fin
     type : 131072
  procedures :
   -
     name : Constructeur
     type_code : 27
     code : |1+
      procédure Constructeur()
      :m_n = 10
     type : 589824
   -
     name : Plus
     type_code : 12
     code : |1+
      procédure Plus(k)
      :m_n += k
      RENVOYER :m_n
     type : 589824
"""


def wl(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_call_a_procedure_of_a_wdg_file(tmp_path: Path) -> None:
    (tmp_path / "Calculs.wdg").write_text(WDG, encoding="utf-8")
    r = wl("run", "--call", "TotalTTC", "Calculs.wdg", "100", "5.5", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "105\n")
    r = wl("run", "--call", "totalttc", "Calculs.wdg", "50", cwd=tmp_path)
    assert r.stdout == "60\n"


def test_errors_point_into_the_original_file(tmp_path: Path) -> None:
    (tmp_path / "Calculs.wdg").write_text(WDG, encoding="utf-8")
    r = wl("run", "--call", "Salut", "Calculs.wdg", "Anne", cwd=tmp_path)
    assert r.stdout == "Bonjour Anne\n" and r.returncode == 1
    assert r.stderr.startswith("Calculs.wdg:19:25: error: Division by zero.")  # at the "/"
    assert r.stderr.splitlines()[1].strip() == "RESULT Length(sNom) / 0"


def test_unknown_procedure_for_call(tmp_path: Path) -> None:
    (tmp_path / "Calculs.wdg").write_text(WDG, encoding="utf-8")
    r = wl("run", "--call", "Nope", "Calculs.wdg", cwd=tmp_path)
    assert r.returncode == 1
    assert "Calculs.wdg: error: --call: there is no procedure named 'Nope'." in r.stderr


def test_class_file_methods_run(tmp_path: Path) -> None:
    from wlinterp.syntax.winfile import program_source
    source = program_source(WDC, "CCompteur.wdc")
    assert "procédure CCompteur::Plus(k)" in source
    main = "c est un CCompteur\nTrace(c.Plus(5), c.m_n)\n"
    (tmp_path / "t.wl").write_text(main + source, encoding="utf-8")
    r = wl("run", "t.wl", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "15, 15\n"), r.stderr


def test_window_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "FEN_X.wdw").write_text("info :\n name : FEN_X\n", encoding="utf-8")
    r = wl("run", "FEN_X.wdw", cwd=tmp_path)
    assert r.returncode == 2 and "only procedure sets (.wdg) and classes (.wdc)" in r.stderr
