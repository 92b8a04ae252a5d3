"""CommandLine / LigneCommande given a number: the argument of that rank, as a
command-line executable found on the web reads its eight positional arguments
(`sServeur est une chaîne = LigneCommande(1)` ... `LigneCommande(8)`); it read them as
names ("/1=..."), so every one was "" and the program stopped at its first check
(INFERRED, docs/builtins.md "CommandLine"). A name stays a name, even "1" as a text."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

ARGS = ["srv:4900", "admin", "", "/out=r.json", "SELECT 1"]


def _run(source: str, args: list[str]) -> list[str]:
    out = io.StringIO()
    run_source(source, stdout=out, args=args)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("source", [
    'Trace(CommandLine(1), CommandLine(2), "[" + CommandLine(3) + "]", CommandLine(5))\n'
    'Trace("[" + CommandLine(6) + "]", "[" + CommandLine(0) + "]", CommandLine("out"))\n',
    'sServeur est une chaîne = LigneCommande(1)\nnRang est un entier = 2\n'
    'Trace(sServeur, lignecommande(nRang), "[" + LIGNECOMMANDE(3) + "]", LigneCommande(5))\n'
    'Trace("[" + LigneCommande(6) + "]", "[" + LigneCommande(0) + "]", LigneCommande("out"))\n',
])
def test_a_rank_gives_that_argument(source: str) -> None:
    assert _run(source, ARGS) == ["srv:4900, admin, [], SELECT 1", "[], [], r.json"]


def test_a_name_written_as_digits_is_still_a_name() -> None:
    assert _run('Trace("[" + CommandLine("1") + "]", CommandLine("2"))\n',
                ["first", "/1", "/2=two"]) == ["[1], two"]
