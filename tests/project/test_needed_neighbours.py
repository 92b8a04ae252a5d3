"""Without a project marker, `wl run`, `wl test` and `wl check` load only the neighbours
the script needs: those declaring a name it writes (in code or in a string, not in a
comment) and does not declare, and so on from those (project/needed.py, docs/cli.md
"Which files a run loads"). Scratch scripts in one folder no longer clash with a library
beside them that they do not use; in a project every file is loaded."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import wl_in as wl, write
from wlinterp.project.needed import needed, written_names


def scratch(folder: Path) -> None:
    """A library (FR, accents) and a script (EN) declaring its own Half, which the
    library also declares; a comment names the library's procedures."""
    write(folder, "compteur.wl", "gnCompteur est un entier = 41\nPROCÉDURE Incrémente()\n"
                                 "gnCompteur++\nRENVOYER gnCompteur\n")
    write(folder, "outils.wl", "PROCEDURE Twice(n)\nRESULT Incrémente() + Half(n * 4)\n"
                               "PROCEDURE Half(n)\nRESULT n / 2\n")
    write(folder, "main.wl", "// Half() and Twice() are in outils.wl: this script has its "
                             "own Half\nTrace(Half(10))\nPROCEDURE Half(n)\n"
                             "RESULT IntegerPart(n / 2) + 100\n")


def test_a_script_declaring_a_neighbours_procedure_runs_alone(tmp_path: Path) -> None:
    scratch(tmp_path)
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "105\n", ""), ran
    checked = wl(tmp_path, "check", "main.wl")
    assert checked.returncode == 0, checked


def test_what_a_script_calls_loads_its_library_and_what_that_calls(tmp_path: Path) -> None:
    scratch(tmp_path)
    write(tmp_path, "chaine.wl", "Trace(TWICE(3))  // outils.wl, then compteur.wl\n")
    ran = wl(tmp_path, "run", "chaine.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "48\n", ""), ran
    write(tmp_path, "test_chaine.wl", "PROCÉDURE test_twice()\ndbgVérifieEgalité(Twice(1), 44)\n")
    tested = wl(tmp_path, "test", "test_chaine.wl")
    assert tested.returncode == 0, tested
    assert wl(tmp_path, "check", ".").returncode == 0


def test_a_name_in_a_string_loads_its_neighbour(tmp_path: Path) -> None:
    scratch(tmp_path)
    write(tmp_path, "indirect.wl", 'Trace({"gnCompteur"})\n')
    ran = wl(tmp_path, "run", "indirect.wl")
    assert (ran.returncode, ran.stdout) == (0, "41\n"), ran


def test_a_needed_library_clashing_with_the_script_is_an_error(tmp_path: Path) -> None:
    """main needs outils.wl (Twice) and declares Half as outils.wl does: as in a project."""
    scratch(tmp_path)
    write(tmp_path, "main.wl", "Trace(Twice(1))\nPROCEDURE Half(n)\nRESULT n\n")
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode == 65 and "'Half' is declared twice" in ran.stderr, ran


def test_in_a_project_every_file_is_loaded(tmp_path: Path) -> None:
    scratch(tmp_path)
    write(tmp_path, "wlproject.toml", "")
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode == 65 and "'Half' is declared twice" in ran.stderr, ran


def test_written_names_skip_comments_and_read_strings_that_are_a_name() -> None:
    """A string holding a name or a dotted path alone counts (ExecuteProcess("Total"),
    {"o.h"}); a message's words do not (before, `Trace("x:7")` loaded the neighbour
    declaring a global x)."""
    text = ('x = "a // B" // C\n/* D\n E */ F("G""H") // "I"\n'
            'ExecuteProcess("Total") ; Trace({" o.h "}, "due: y")\n')
    assert written_names(text) == {"x", "f", "executeprocess", '"total', "trace", "o", "h"}


@pytest.mark.parametrize("script, loads", [
    ('Trace(Relais("x", 3))\nPROCEDURE Relais(s, n)\nRESULT s + n\n', False),
    ('Trace(Relais("X", 3))\nPROCÉDURE Relais(s, n)\nRENVOYER s + n\n', False),
    ('Trace({"x"})\n', True),
    ('Trace({ "X" }, "x")\n', True),
])
def test_a_string_holding_a_globals_name_loads_only_through_an_indirection(
        tmp_path: Path, script: str, loads: bool) -> None:
    """A string "x" alone is a value (a parameter's text, a default), not a use of the
    neighbour's global x: before, two goldens of tests/golden/procedures run alone loaded
    procedure_inconnue.wl through `Relais("x", ...)` and stopped there. Inside an
    indirection ({"x"}) the string names the variable and loads it."""
    write(tmp_path, "globals.wl", LOCALS)
    write(tmp_path, "main.wl", script)
    ran = wl(tmp_path, "run", "main.wl")
    assert ("Boom" in ran.stderr) is loads, ran
    if not loads:
        assert (ran.returncode, ran.stdout.lower(), ran.stderr) == (0, "x3\n", ""), ran


def test_a_string_holding_a_procedures_name_loads_it(tmp_path: Path) -> None:
    """Built-ins take procedure names as text (ExecuteProcess, ThreadExecute...): the
    neighbour declaring the procedure is loaded (FR: accents and case differ)."""
    write(tmp_path, "taches.wl", "PROCÉDURE Tâche()\nTrace(\"tâche\")\n")
    write(tmp_path, "main.wl", 'ExecuteProcess("TACHE", trtProcedure)\n')
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout) == (0, "tâche\n"), ran



@pytest.mark.parametrize("call", [
    'ExécuteTraitement("CalculProce\u0301dure", trtProcédure)',  # NFD: e + U+0301
    'Trace({"CALCULPROCE\u0301DURE"}(2))',
    'ExecuteProcess("calculprocedure", trtProcedure)',
])
def test_a_decomposed_name_in_a_string_loads_its_neighbour(tmp_path: Path, call: str) -> None:
    """A name given by indirection or ExecuteProcess in a text saved decomposed (NFD:
    macOS, some editors' copies) names the procedure declared composed (NFC), as the run
    finds it: its neighbour is loaded (it was not, the accent's mark broke the name: "no
    procedure named 'CalculProcédure'"), and `wl check` finds it too."""
    write(tmp_path, "lib.wl", "PROCÉDURE CalculProcédure(n = 1)\nRENVOYER n * 10\n")
    write(tmp_path, "main.wl", f"Trace(1)\n{call}\n")
    assert "CalculProcédure" in written_procedures(tmp_path / "main.wl")
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stderr) == (0, ""), ran
    assert ran.stdout in ("1\n", "1\n20\n"), ran
    checked = wl(tmp_path, "check", "main.wl")
    assert (checked.returncode, checked.stdout) == (0, ""), checked


def written_procedures(path: Path) -> set[str]:
    """The procedure names (as declared in lib.wl) the script's strings name."""
    from wlinterp.project.needed import TEXT
    from wlinterp.syntax.names import fold
    names = written_names(path.read_text(encoding="utf-8"))
    return {"CalculProcédure"} if {fold("CalculProcédure"), TEXT + fold("CalculProcédure")
                                  } & names else set()


LOCALS = """x is int = Boom(3)  // a global of a file of declarations: it fails if it runs
"""


@pytest.mark.parametrize("script", [
    "Trace(Sq(4))\nPROCEDURE Sq(x)\nRESULT x * x\n",
    "Trace(Sq(4))\nPROCÉDURE Sq(n)\nx est un entier = n\nRENVOYER x * x\n",
    "s is int\nFOR x = 1 TO 4\ns += x\nEND\nTrace(s + 6)\n",
    "Trace(Sq(4))\nPROCEDURE Sq(n)\nINTERNAL PROCEDURE Twice(x)\nRESULT 2 * x\nEND\n"
    "RESULT Twice(n) * 2\n",
    'Trace("x:" + 16)\n',
    "let x = 16\nTrace(x)\n",  # let / soit declares x: the script's own, at any level
    "soit (a, x) = (1, 16)\nTrace(x)\n",
    "Trace(Sq(4))\nPROCEDURE Sq(n)\nlet x = n\nRESULT x * x\n",
    # a member of the script's own class or structure, written p.x, :x or s.x
    "CPoint is Class\nx is int\nEND\np is CPoint\np.x = 16\nTrace(p.x)\n",
    "CPoint est une Classe\nx est un entier\nFIN\np est un CPoint\np.Double(8)\n"
    "Trace(p.x)\nPROCÉDURE CPoint::Double(n)\n:x = 2 * n\n",
    "ST is Structure\nx is int\nEND\ns is ST\ns.x = 16\nTrace(s.x)\n",
])
def test_a_name_the_script_declares_for_itself_loads_nothing(tmp_path: Path,
                                                             script: str) -> None:
    """A parameter, local, loop variable, internal procedure's parameter, `let` or member
    of its own class or structure named like a neighbour's global (or the name inside a
    message) is the script's own: before, the
    neighbour was loaded and its declarations ran (here: a call to an unknown Boom)."""
    write(tmp_path, "globals.wl", LOCALS)
    write(tmp_path, "main.wl", script)
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout.strip()[-2:], ran.stderr) == (0, "16", ""), ran
    write(tmp_path, "uses.wl", "Trace(x)\n")  # the global itself still loads it
    ran = wl(tmp_path, "run", "uses.wl")
    assert ran.returncode != 0 and "Boom" in ran.stderr, ran


def test_needed_follows_names_and_leaves_the_scripts_own() -> None:
    libs = [({"b"}, {"a", "own"}), ({"c"}, {"b"}), ({"x"}, {"z"})]
    assert needed(({"a", "own"}, {"own"}), libs) == [0, 1]
    assert needed(({"own"}, {"own"}), libs) == []


def test_an_unknown_procedure_a_broken_neighbour_declares_says_why(tmp_path: Path) -> None:
    """A half-edited library beside the script (it does not parse) is left out; a call
    to its procedure said only "Unknown procedure": the run warns with the library's
    syntax error and the check's hint gives it. A script calling nothing of it hears
    nothing of it."""
    write(tmp_path, "outils.wl", "PROCÉDURE Cassée(\nRENVOYER 1\n")
    write(tmp_path, "main.wl", "Trace(Cassée())\n")
    write(tmp_path, "other.wl", "Trace(2)\n")
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode == 1 and ran.stderr.startswith(
        "outils.wl:1:17: warning: not loaded (beside the script, not part of it): "), ran
    assert "Unknown procedure or function 'Cassée'" in ran.stderr, ran
    checked = wl(tmp_path, "check", "main.wl")
    assert "hint: outils.wl:1: not loaded (beside the script" in checked.stdout + \
        checked.stderr, checked
    assert wl(tmp_path, "run", "other.wl").stderr == ""


@pytest.mark.parametrize("loop", ["FOR i = 1 TO 3", "POUR i = 1 À 3", "pour i = f(0) a 3",
                                  "For i = n[1] To 3"])
def test_a_loops_range_word_is_no_name(loop: str) -> None:
    """TO / À / A in a FOR header is the range word: counted as a name, it loaded the
    neighbour declaring a global `a` (or `To`) into every script holding a loop."""
    assert not {"to", "a"} & written_names(loop + "\nTrace(i)\nEND\n"), loop
    assert "a" in written_names(loop + "\nTrace(a)\nEND\n")  # a name elsewhere on its own
    assert "a" in written_names("FOR EACH a OF t\nEND\nIF b AND a THEN x = a\n")


def test_a_loop_does_not_load_the_neighbour_declaring_a(tmp_path: Path) -> None:
    write(tmp_path, "globals.wl", "a est un entier = Boom(3)  // fails if it runs\n")
    write(tmp_path, "main.wl", "POUR i = 1 À 2\nTrace(i)\nFIN\n")
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "1\n2\n", ""), ran
