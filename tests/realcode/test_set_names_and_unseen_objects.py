"""Two things real projects do that `wl check` and `wl run` must read as WINDEV does
(sources written for this test, English and French):

- `Set.Name(...)`: a procedure or global of a procedure set reached through the set's
  name, from another file and from the set itself (`SET_Shop.gPCalc()` calls the
  PROCEDURE variable of the set);
- `Logger.Log("a", 2)` where `Logger` is declared by a file not checked (a global of the
  project, an object of another component), or where the object's class is not seen: the
  name is the one error (WL101), its method is neither "unknown" (WL102) nor taken for the
  built-in of the same name (Log's arity, WL104)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wl_test_helpers import check_json

SETS = {
    "en": ("SET_Shop", """\
info :
 name : SET_Shop
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      gPCalc is PROCEDURE = DefaultCost
      gnRate is int = 3
     type : 720896
  procedures :
   -
     name : DefaultCost
     type_code : 15
     code : |1+
      PROCEDURE DefaultCost(n is int = 2)
      RESULT n * SET_Shop.gnRate
     type : 458752
   -
     name : Total
     type_code : 15
     code : |1+
      PROCEDURE Total()
      Trace(SET_Shop.DefaultCost(5))
      Trace(SET_Shop.gPCalc())
      RESULT gPCalc(10)
     type : 458752
""", "Trace(SET_Shop.Total())\nSET_Shop.gnRate = 1\nTrace(SET_Shop.DefaultCost())\n"),
    "fr": ("COL_Boutique", """\
info :
 name : COL_Boutique
 type : 7
procedure_set :
 code_elements :
  type_code : 31
  p_codes :
   -
     code : |1+
      gPCalcul est une PROCÉDURE = CoûtParDéfaut
      gnTaux est un entier = 3
     type : 720896
  procedures :
   -
     name : CoûtParDéfaut
     type_code : 15
     code : |1+
      PROCÉDURE CoûtParDéfaut(n est un entier = 2)
      RENVOYER n * COL_Boutique.gnTaux
     type : 458752
   -
     name : Total
     type_code : 15
     code : |1+
      PROCÉDURE Total()
      Trace(COL_Boutique.CoûtParDéfaut(5))
      Trace(col_boutique.gPCalcul())
      RENVOYER gPCalcul(10)
     type : 458752
""", "Trace(COL_Boutique.Total())\nCOL_Boutique.gnTaux = 1\n"
     "Trace(COL_Boutique.CoûtParDéfaut())\n"),
}

UNSEEN = {
    "en": """\
PROCEDURE Start()
Logger.Verbose("starting")
Logger.Log("a", 2)
o is CQueueObject
o.AddField("p1", "v1")
RESULT Logger.Level
""",
    "fr": """\
PROCÉDURE Démarre()
Journal.Détail("démarrage")
Journal.Log("a", 2)
o est un CObjetFile dynamique
o.AjouteChamp("p1", "v1")
RENVOYER Journal.Niveau
""",
}


def _wl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def _errors(*paths: Path) -> list[dict[str, object]]:
    return [d for d in check_json(*paths) if d["severity"] == "error"]


@pytest.mark.parametrize("lang", sorted(SETS))
def test_set_names_check_clean(lang: str, tmp_path: Path) -> None:
    name, text, script = SETS[lang]
    (tmp_path / f"{name}.wdg").write_text(text, encoding="utf-8")
    (tmp_path / "main.wl").write_text(script, encoding="utf-8")
    assert _errors(tmp_path) == []


@pytest.mark.parametrize("lang", sorted(SETS))
def test_set_names_run_from_the_set_and_from_a_script(lang: str, tmp_path: Path) -> None:
    name, text, script = SETS[lang]
    (tmp_path / f"{name}.wdg").write_text(text, encoding="utf-8")
    done = _wl("run", "--call", "Total", str(tmp_path / f"{name}.wdg"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["15", "6", "30"]
    (tmp_path / "main.wl").write_text(script, encoding="utf-8")
    done = _wl("run", str(tmp_path / "main.wl"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["15", "6", "30", "2"]


@pytest.mark.parametrize("lang", sorted(UNSEEN))
def test_unseen_object_is_the_one_error(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "start.wl"
    path.write_text(UNSEEN[lang], encoding="utf-8")
    errors = _errors(path)
    logger = "Logger" if lang == "en" else "Journal"
    assert [(e["code"], e["line"]) for e in errors] == [("WL101", 2), ("WL101", 3),
                                                       ("WL101", 6)]
    assert all(f"'{logger}' is not declared" in str(e["message"]) for e in errors)


@pytest.mark.parametrize("lang", sorted(UNSEEN))
def test_unseen_object_fails_cleanly_at_run_time(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "start.wl"
    path.write_text(UNSEEN[lang], encoding="utf-8")
    done = _wl("run", "--call", "Start" if lang == "en" else "Démarre", str(path))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "start.wl:2:" in done.stderr
