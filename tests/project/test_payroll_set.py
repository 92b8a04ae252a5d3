"""A French payroll procedure set saved in text format (tests/project/payroll/pPaie.wdg:
global CONSTANT block and structure, a procedure returning a structure, ErreurDéclenche,
a `PROCÉDURE P(*)` walking MesParamètres, statements continued with `...`) and a script
beside it: `wl run`, `wl check` and `wl run --call` on the files as a porting team keeps
them."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from wl_test_helpers import wl_in

HERE = Path(__file__).parent / "payroll"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_script_runs_with_the_set_beside_it() -> None:
    r = wl("run", "bulletins.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "refusé : Taux horaire de Petit inférieur au SMIC (11.88)",
        "Martin         2295.20    504.94   1790.26 (+0 h sup)",
        "Bernard        2181.25    479.88   1701.37 (+18 h sup)",
        "Total net : 3491.63"]


def test_the_files_check_clean() -> None:
    r = wl("check", ".")
    assert r.returncode == 0, r.stderr
    assert "0 error(s), 0 warning(s)" in r.stderr


def test_a_procedure_of_the_set_called_from_the_command_line() -> None:
    r = wl("run", "--call", "CalculeBulletin", "pPaie.wdg", "Dupont", "14", "160")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"sNom": "Dupont", "mBrut": 2268, "mCotisations": 498.96,
                                    "mNet": 1769.04, "nHeuresSup": 8}
