"""A French accounting project as a porting team keeps it (tests/project/compta/): a
procedure set in text format (pCompta.wdg: CONSTANTE block, a structure of entries, a
global array, balanced pieces refused with ErreurDéclenche, a balance by associative
arrays, matching, VAT by month, an FEC export in ANSI read back), a month-end script
(cloture.wl) and wl tests. The project is marked (wlproject.toml), so the script is not
run before the tests: it is a job of its own (docs/testing.md)."""
from __future__ import annotations

import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "compta"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_month_end_script_runs() -> None:
    r = wl("run", "cloture.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "6 pièces saisies, 16 lignes",
        "refusée : pièce déséquilibrée : débit 100, crédit 90",
        "refusée (11) : compte 812000 inconnu du plan comptable",
        "refusée : pièce du 05/01/2027 hors exercice",
        "--- balance au 31/12",
        "401PAPET        0.00   180.00   180.00 C",
        "411DURAND    1560.00  1200.00   360.00 D",
        "411LEMOINE    600.00   250.00   350.00 D",
        "445660         30.00     0.00    30.00 D",
        "445710          0.00   360.00   360.00 C",
        "512000       1450.00     0.00  1450.00 D",
        "606400        150.00     0.00   150.00 D",
        "706000          0.00  1800.00  1800.00 C",
        "clients au 30/11 : 350",
        "clients au 31/12 : 710",
        "--- lettrage",
        "411DURAND : 1 paire(s)",
        "411LEMOINE : 0 paire(s)",
        "--- TVA",
        "TVA à décaisser en 11 : 270",
        "TVA à décaisser en 12 : 60",
        "--- export FEC",
        "16 lignes exportées, relues : 3790/3790",
        "HA|3|20261114|606400|Papeterie Martin|150,00|0,00|"]


def test_the_tests_pass_without_the_script_running_first() -> None:
    r = wl("test", "-v", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed, 0 failed" in r.stdout + r.stderr
    assert "pièces saisies" not in r.stdout + r.stderr  # cloture.wl's first line


def test_the_files_check_clean() -> None:
    checks_clean(HERE)
