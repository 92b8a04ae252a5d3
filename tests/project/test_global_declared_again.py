"""A global that a file `wl run` loads with the script declares, declared again by the
script with another type: the run stops ("'t' is already declared as array of string", at
the script's declaration); `wl check` of the script said nothing. A JSON member `j.n`
made the script need the neighbour declaring a global `n` (docs/cli.md "Which files a run
loads": a name counts wherever the code writes it), and with it that neighbour's `t`. The
check now says it at the same place in the same words (WL105, hint naming the other
file's line: semantics/file_globals.py); beside the script and in a project (a
wlproject.toml); with the same type the run goes on and neither says anything. A neighbour
the script does not need is not loaded: its `t` is no clash. English and French."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, wl_in, write

CASES = {  # the neighbour, the script, the script's line declaring t again
    "en": ("n is int = 5\nt is array of strings\n",
           "j is JSON\nTrace(j.n = Null)\nt is array of int = [1]\nTrace(t[1])\n"),
    "fr": ("n est un entier = 5\nt est un tableau de chaînes\n",
           "j est un JSON\nTrace(j.n = Null)\nt est un tableau d'entiers = [1]\n"
           "Trace(t[1])\n"),
}
SAID = "'t' is already declared as array of string"


def _found(folder: Path) -> list[tuple[str, str, int, int, str, str]]:
    """The check of main.wl: (code, file, line, column, message, hint)."""
    return [(str(d["code"]), Path(str(d["file"])).name, int(str(d["line"])),
             int(str(d["column"])), str(d["message"]),
             str(d["hint"]).replace(f"{folder}/", ""))
            for d in check_json(folder / "main.wl")]


@pytest.mark.parametrize("marker", [False, True], ids=["beside", "project"])
@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_check_says_the_runs_error(lang: str, marker: bool, tmp_path: Path) -> None:
    neighbour, script = CASES[lang]
    write(tmp_path, "l2.wl", neighbour)
    write(tmp_path, "main.wl", script)
    if marker:
        write(tmp_path, "wlproject.toml", "")
    assert _found(tmp_path) == [("WL105", "main.wl", 3, 1, SAID, "first declared at l2.wl:2")]
    ran = wl_in(tmp_path, "run", "main.wl")
    assert ran.returncode != 0 and ran.stdout == "", ran
    assert f"main.wl:3:1: error: {SAID}" in ran.stderr, ran


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_neighbour_not_needed_or_the_same_type_is_no_clash(lang: str,
                                                              tmp_path: Path) -> None:
    neighbour, script = CASES[lang]
    write(tmp_path, "l2.wl", neighbour)
    write(tmp_path, "main.wl", script.replace("j.n = Null", "j.m = Null"))  # needs nothing
    assert _found(tmp_path) == []
    ran = wl_in(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "1\n1\n", ""), ran
    same = script.replace("array of int = [1]", "array of strings = [\"1\"]").replace(
        "tableau d'entiers = [1]", "tableau de chaînes = [\"1\"]")
    write(tmp_path, "main.wl", same)  # needs l2.wl, declares its t with its type
    assert _found(tmp_path) == []
    ran = wl_in(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "1\n1\n", ""), ran
