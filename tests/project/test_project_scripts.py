"""A `.wl` script of a marked project (its main code runs statements: a report, a batch
job) is not project code: it does not run before every other script and `wl test` case.
Libraries (`.wl` files whose main code only declares, with or without procedures) still
load; a file that does not parse still stops the run; a call to a procedure that only a
script declares says where it is (docs/testing.md, "Projects of several files")."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp
from wl_test_helpers import check_json, run_captured, wl_test, write

REPORT = ('// Rapport mensuel : un travail à lui seul\n'
          'Trace("rapport : " + Majuscule(Titre()))\n'
          'nTotal est un entier = Double(21)\n'
          'Trace("total", nTotal)\n\n'
          'PROCÉDURE Titre()\nRENVOYER "ventes"\n')
LIBRARY = ('gPréfixe est une chaîne = "> "\n'
           'PROCÉDURE Double(n est un entier) : entier\nRENVOYER n * 2\n')
CONSTANTS = 'CONSTANTE\n\tTAUX_TVA = 20\nFIN\ngDevise est une chaîne = "EUR"\n'


def project(root: Path, marker: str) -> Path:
    write(root, marker, "info :\n name : Ventes\n" if marker.endswith(".wdp") else "")
    write(root, "code/outils.wl", LIBRARY)
    write(root, "code/constantes.wl", CONSTANTS)  # no procedure: shared declarations
    write(root, "code/rapport.wl", REPORT)
    return root


@pytest.mark.parametrize("marker", ["Ventes.wdp", "wlproject.toml"])
def test_a_script_of_the_project_does_not_run_before_another(tmp_path: Path,
                                                              marker: str) -> None:
    root = project(tmp_path, marker)
    main = write(root, "main.wl", 'Trace(gPréfixe + Double(TAUX_TVA) + " " + gDevise)\n')
    assert run_captured(main) == ("> 40 EUR\n", "")


@pytest.mark.parametrize("marker", ["Ventes.wdp", "wlproject.toml"])
def test_the_script_itself_runs_with_the_libraries(tmp_path: Path, marker: str) -> None:
    root = project(tmp_path, marker)
    assert run_captured(root / "code" / "rapport.wl") == ("rapport : VENTES\ntotal, 42\n", "")


def test_wl_test_cases_do_not_run_the_report(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, "Ventes.wdp")
    write(root, "tests/test_outils.wl",
          "PROCÉDURE test_double()\n// expect: 8\nTrace(Double(4))\n"
          "PROCÉDURE test_taux()\ndbgVérifieEgalité(TAUX_TVA, 20)\n")
    code, shown = wl_test(capsys, "-v", str(root / "tests"))
    assert code == 0, shown
    assert "rapport" not in shown and "2 passed" in shown


def test_a_file_of_the_project_that_does_not_parse_still_stops_the_run(
        tmp_path: Path) -> None:
    root = project(tmp_path, "wlproject.toml")
    write(root, "code/cassé.wl", "SI x ALORS\n")  # a library or a script: nobody can tell
    main = write(root, "main.wl", "Trace(Double(1))\n")
    with pytest.raises(wlinterp.WLSyntaxError) as info:
        run_captured(main)
    assert info.value.filename.endswith("cassé.wl")


def test_a_procedure_only_a_script_declares_is_shown_where_it_is(tmp_path: Path) -> None:
    root = project(tmp_path, "Ventes.wdp")
    main = write(root, "main.wl", "Trace(Titre())\n")
    with pytest.raises(wlinterp.WLRuntimeError) as info:
        run_captured(main)
    assert "Unknown procedure or function 'Titre'" in info.value.message
    err = io.StringIO()
    with pytest.raises(wlinterp.WLRuntimeError):
        wlinterp.run_file(str(main), stdout=io.StringIO(), stderr=err)
    warning = err.getvalue()
    assert "rapport.wl:6:1: warning: 'Titre' is declared in another script, which is " \
           "not loaded: its main code runs statements" in warning, warning
    [diag] = check_json(main)
    assert diag["code"] == "WL102" and "rapport.wl:6: 'Titre' is declared in another " \
        "script" in str(diag["hint"]), diag


def test_without_marker_the_hint_is_given_too(tmp_path: Path) -> None:
    write(tmp_path, "rapport.wl", REPORT)
    main = write(tmp_path, "main.wl", "Trace(Titre())\n")
    err = io.StringIO()
    with pytest.raises(wlinterp.WLRuntimeError):
        wlinterp.run_file(str(main), stdout=io.StringIO(), stderr=err)
    assert "'Titre' is declared in another script" in err.getvalue()


def test_a_library_edited_into_a_script_is_seen_at_once(tmp_path: Path) -> None:
    """The probe's cached verdict follows the file (size, mtime, inode)."""
    root = project(tmp_path, "wlproject.toml")
    main = write(root, "main.wl", "Trace(Double(2))\n")
    assert run_captured(main) == ("4\n", "")
    write(root, "code/outils.wl", 'Trace("now a job")\n' + LIBRARY)
    with pytest.raises(wlinterp.WLRuntimeError):
        run_captured(main)


def test_a_library_declaration_runs_its_initial_value_first(tmp_path: Path) -> None:
    """Where code every script needs first goes (docs/testing.md): a declaration's
    initial value in a library runs before the script, a script's statements do not."""
    root = project(tmp_path, "wlproject.toml")
    write(root, "code/base.wl", 'gbPrête est un booléen = Prépare()\n'
                                'PROCÉDURE Prépare() : booléen\nTrace("base prête")\n'
                                'RENVOYER Vrai\n')
    main = write(root, "main.wl", "Trace(gbPrête)\n")
    assert run_captured(main) == ("base prête\n1\n", "")


SHAPES = ('GLOBAL\n'
          'IForme est une interface\n\tPROCÉDURE Aire() : réel\nFIN\n'
          'CCarré est une Classe\n\timplémente IForme\n\tnCôté est un entier\nFIN\n'
          'PROCÉDURE CCarré.Aire() : réel\nRENVOYER nCôté * nCôté\n')


@pytest.mark.parametrize("marker", ["Ventes.wdp", "wlproject.toml", None])
def test_a_library_declaring_an_interface_is_loaded(tmp_path: Path, marker: str | None) -> None:
    """An interface declared in a `.wl` library (and a `GLOBAL` line) is a declaration:
    the file was taken for a script and left out, so every use of its class failed."""
    root = project(tmp_path, marker) if marker else tmp_path
    write(root, "code/formes.wl" if marker else "formes.wl", SHAPES)
    main = write(root, "main.wl", "c est un CCarré\nc.nCôté = 3\nf est un IForme = c\n"
                                  "Trace(f.Aire())\n")
    assert run_captured(main) == ("9\n", "")
