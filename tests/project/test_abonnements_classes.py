"""French subscriptions as class files in text format (tests/project/abonnements/): an
interface, an abstract base class with an enumeration, a CONSTANT, PROTÉGÉ/PRIVÉ members,
a private GLOBAL counter, an abstract method, a PROTÉGÉ method, a GLOBAL method and a
property saved in the `properties :` section; two derived classes calling the ancestor's
constructor (one with a default parameter) and method. A script bills a month through an
array of the interface; `wl test` runs French tests, whose numbering needs the class's
GLOBAL counter fresh in each case."""
from __future__ import annotations

import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "abonnements"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_month_is_billed() -> None:
    r = wl("run", "facturation.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "mensuel n°1 Durand (actif)                   29.59",
        "n°2 Lemoine (actif)                          27.00",
        "n°3 Roux (essai)                             42.00",
        "mensuel n°4 Blanc (résilié le 20/11/2026)    29.59",
        "mensuel n°5 Noir (suspendu)                   0.00",
        "Total HT : 128.18, TTC : 153.82",
        "5 abonnements, a4 : Résilié",
        "abonnement 4 déjà résilié"]


def test_the_classes_check_clean() -> None:
    checks_clean(HERE)


def test_the_french_tests_pass() -> None:
    r = wl("test", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "4 passed, 0 failed" in r.stdout


def test_an_abstract_class_is_refused_by_the_check_and_the_run(tmp_path: Path) -> None:
    script = tmp_path / "abstraite.wl"
    script.write_text('x est un CAbonnement("X", "20260101", 1)\n', encoding="utf-8")
    for f in HERE.glob("*.wdc"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    r = wl_in(tmp_path, "check", "abstraite.wl")
    assert r.returncode == 65 and "WL110" in r.stdout + r.stderr
    r = wl_in(tmp_path, "run", "abstraite.wl")
    assert r.returncode != 0 and "abstract" in r.stderr
