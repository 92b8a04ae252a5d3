"""The command-line goldens (realworld/command_line_parser_en.wl,
analyse_ligne_commande_fr.wl: business code as WINDEV developers write it) run with
arguments, as `wl run SCRIPT ARGS` passes them to CommandLine / LigneCommande: the
options read by name, a bare `-v` a flag ("1"), SWITCH on the mode, the whole line split
on blanks. (The goldens themselves run without arguments.) L, 6 Dec 2026 night."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import wl_in

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "realworld"
ARGS = ("/mode=EXPORT", "/max=25", "-v", "/fichier=a.csv", "/file=b.csv")


@pytest.mark.parametrize("name,words", [
    ("command_line_parser_en.wl", ("verbose", "export to b.csv", "flag")),
    ("analyse_ligne_commande_fr.wl", ("verbeux", "export vers a.csv", "drapeau")),
])
def test_the_options_given_are_read(name: str, words: tuple[str, str, str]) -> None:
    verbose, export, flag = words
    r = wl_in(GOLDEN, "run", name, *ARGS)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"mode=EXPORT, max=25, {verbose}=1", export, "[" + " ".join(ARGS) + "]",
        "mode -> EXPORT", "max -> 25", f"v -> ({flag})", "fichier -> a.csv",
        "file -> b.csv", "5 option(s)"]
