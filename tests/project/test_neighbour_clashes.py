"""Without a project marker, two files beside a script that declare the same name no
longer stop every script of the folder ("declared twice"): the later neighbour (in the
load order) is left out with a warning naming both; nor does a neighbour whose code
parses but does not compile (left out with its error as a warning). A clash with the script's own names
stays an error (tests/project/test_project_loading.py), and so does a clash in a project
(wlproject.toml) (wlinterp/project/neighbours.py, docs/semantics.md 9a)."""
from __future__ import annotations

from pathlib import Path

from windev_text import procedure_set
from wl_test_helpers import wl_in as wl, write


def two_totals(folder: Path) -> None:
    """Two libraries declaring Total (one in French, upper case) and a script using
    neither."""
    write(folder, "lib_a.wl", "PROCEDURE Total(n)\nRESULT n + 1\n")
    write(folder, "lib_b.wl", "PROCÉDURE TOTAL(n)\nRENVOYER n + 2\n")
    write(folder, "other.wl", 'Trace("other runs")\n')


def test_two_libraries_with_one_procedure_do_not_stop_the_folder(tmp_path: Path) -> None:
    two_totals(tmp_path)
    write(tmp_path, "uses.wl", "Trace(Total(10))\n")
    ran = wl(tmp_path, "run", "other.wl")  # it needs neither: neither is loaded
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "other runs\n", ""), ran
    ran = wl(tmp_path, "run", "uses.wl")
    assert (ran.returncode, ran.stdout) == (0, "11\n"), ran  # the first in load order
    assert "lib_b.wl:1:1: warning: not loaded (beside the script, not part of it): it " \
           "declares 'TOTAL', as lib_a.wl does" in ran.stderr, ran


def test_a_global_variable_declared_twice_leaves_the_later_neighbour_out(
        tmp_path: Path) -> None:
    write(tmp_path, "a_lib.wl", "gsName is string = \"a\"\nPROCEDURE A()\nRESULT gsName\n")
    write(tmp_path, "b_lib.wl", "GSNAME est une chaîne = \"b\"\nPROCEDURE B()\nRESULT 2\n")
    write(tmp_path, "main.wl", "Trace(A())\n")
    ran = wl(tmp_path, "run", "main.wl")
    assert (ran.returncode, ran.stdout) == (0, "a\n"), ran
    assert "b_lib.wl:1:1: warning:" in ran.stderr and "'GSNAME', as a_lib.wl" in ran.stderr


def test_in_a_project_the_clash_is_still_an_error(tmp_path: Path) -> None:
    write(tmp_path, "wlproject.toml", "")
    two_totals(tmp_path)
    ran = wl(tmp_path, "run", "other.wl")
    assert ran.returncode == 65 and ran.stdout == "", ran
    assert "'TOTAL' is declared twice" in ran.stderr, ran


def test_wl_test_beside_two_clashing_libraries_runs_its_tests(tmp_path: Path) -> None:
    write(tmp_path, "lib_a.wl", "PROCEDURE Double(n)\nRESULT n * 2\n")
    write(tmp_path, "lib_b.wl", "PROCEDURE Double(n)\nRESULT n * 3\n")
    write(tmp_path, "test_double.wl", "PROCEDURE test_double()\ndbgCheckEqual(Double(2), 4)\n")
    ran = wl(tmp_path, "test", "test_double.wl")
    assert ran.returncode == 0, ran
    assert "lib_b.wl:1:1: warning: not loaded (beside the script, not part of it): it " \
           "declares 'Double', as lib_a.wl does" in ran.stderr, ran


def test_a_neighbour_that_does_not_compile_is_left_out(tmp_path: Path) -> None:
    write(tmp_path, "broken.wl", "PROCEDURE P()\nGOTO Nowhere\nRESULT 1\n")
    write(tmp_path, "lib.wl", "PROCÉDURE Q()\nRENVOYER 2\n")
    write(tmp_path, "main.wl", "Trace(Q())\n")
    write(tmp_path, "uses_p.wl", "Trace(P())\n")
    ran = wl(tmp_path, "run", "main.wl")  # it does not need broken.wl: not loaded
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "2\n", ""), ran
    ran = wl(tmp_path, "run", "uses_p.wl")  # the script that needs it meets the unknown name
    assert ran.stderr.startswith("broken.wl:2:1: warning: not loaded (beside the script, "
                                 "not part of it): GOTO Nowhere: "), ran
    assert ran.returncode == 1 and "Unknown procedure or function 'P'" in ran.stderr, ran
    write(tmp_path, "test_q.wl", "PROCEDURE test_q()\ndbgCheckEqual(Q(), 2)\n")
    ran = wl(tmp_path, "test", "test_q.wl")
    assert ran.returncode == 0 and "broken.wl" not in ran.stderr, ran


def test_in_a_project_a_file_that_does_not_compile_stops_the_run(tmp_path: Path) -> None:
    write(tmp_path, "wlproject.toml", "")
    write(tmp_path, "broken.wl", "PROCEDURE P()\nGOTO Nowhere\nRESULT 1\n")
    write(tmp_path, "main.wl", 'Trace("main")\n')
    ran = wl(tmp_path, "run", "main.wl")
    assert ran.returncode == 65 and ran.stdout == "", ran
    assert ran.stderr.startswith("broken.wl:2:1: error: GOTO Nowhere"), ran
