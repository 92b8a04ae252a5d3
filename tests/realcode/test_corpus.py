"""The small corpus of realistic WINDEV files (tests/realcode/corpus, written for these
tests from the constructs real-code.md describes) is read in full: every WLanguage code
block parses, the native block is recognised, and `wl check` finds nothing but what needs
the IDE or the project's analysis."""
from __future__ import annotations

from pathlib import Path

from measure import measure

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_every_block_of_the_corpus_parses_and_checks() -> None:
    r = measure([CORPUS])
    assert r["failures"] == []
    assert r["parsed"] == r["blocks"] == 28
    assert r["native"] == 1
    # left: Table* window functions (WL103); the data file Client, whose analysis is not
    # part of the corpus, is one since H* calls name it
    assert r["errors"] == {"WL103": 3}
    assert r["accepted"] == 5
    # the files whose only errors are WL103 load too: every file of the corpus
    assert r["loading"] == r["files"] > r["accepted"]


def test_procedures_cuts_a_script_before_each_procedure() -> None:
    """--procedures: one block per PROCEDURE/PROCÉDURE of a script, the main code first."""
    from measure import procedures
    text = "x is int\nPROCEDURE A()\nRESULT 1\nprocédure B()\nRENVOYER 2\n"
    assert procedures(text) == ["x is int\n", "PROCEDURE A()\nRESULT 1\n",
                                "procédure B()\nRENVOYER 2\n"]
    # a PROCEDURE line inside a multi-line string (code the script compiles) is no cut
    built = "PROCEDURE A()\ns is string = [\nPROCEDURE B(%1)\nRESULT 1\n]\nRESULT s\n"
    assert procedures("x is int\n" + built) == ["x is int\n", built]
    # an internal procedure, written at the line's start as real scripts do, stays in
    # the code that holds it, in any case and without the accent
    main = "x is int\nPROCÉDURE INTERNE P()\nx = 1\nFIN\nprocedure interne Q()\nFIN\nP()\n"
    assert procedures(main + "PROCEDURE A()\n") == [main, "PROCEDURE A()\n"]


def test_causes_group_errors_by_their_message_without_names() -> None:
    """--causes: the message with its quoted names written 'X', its element and its
    suggestion dropped, so that one cause counts once whatever name it is about."""
    from measure import cause
    assert cause("WL101", "'gnRow' is not declared; did you mean gnRows? (in SaveRow)") == \
        cause("WL101", "'gbEditing' is not declared") == "WL101 'X' is not declared"
    assert cause("WL109", "'Quit' is not a method of CExcel (in Destructor)") == \
        "WL109 'X' is not a method of CExcel"
    r = measure([CORPUS])
    assert r["causes"] == {} and r["names"] == {}  # (WL103 only: not a cause)


def test_every_text_format_file_holding_code_is_measured(tmp_path: Path) -> None:
    """Whatever its WINDEV suffix (a WINDEV Mobile window `.wpw`, a window template
    `.wdt`, a WEBDEV page template `.wwt`...): a file holding a code block is measured,
    one without any (a query's text) is not; `.wl` scripts always are."""
    from measure import code_files
    block = "info :\n name : {0}\n type : 1\n{0} :\n code_elements :\n  p_codes :\n   -\n" \
            "     code : |1+\n      Trace(1)\n     type : 851998\n"
    (tmp_path / "WIN_Mobile.wpw").write_text(block.format("WIN_Mobile"), "utf-8")
    (tmp_path / "TPL_Base.WDT").write_text(block.format("TPL_Base"), "utf-8")
    (tmp_path / "QRY_List.wdr").write_text("info :\n name : QRY_List\n", "utf-8")
    (tmp_path / "script.wl").write_text("Trace(1)\n", "utf-8")
    (tmp_path / "notes.txt").write_text("Trace(1)\n", "utf-8")
    assert sorted(p.name for p in code_files([tmp_path])) == \
        ["TPL_Base.WDT", "WIN_Mobile.wpw", "script.wl"]
    counts = measure([tmp_path])
    assert (counts["files"], counts["blocks"], counts["parsed"]) == (3, 3, 3)


def test_first_names_each_file_that_does_not_load_by_its_earliest_error(tmp_path: Path) -> None:
    """--first: a file that does not load is named with its earliest error but WL103 and
    how many it has, grouped by that error's cause, the commonest cause first; a file
    whose only errors are WL103 (a window function) loads and is not named."""
    from measure import first_causes
    project = tmp_path / "fr" / "projet"
    project.mkdir(parents=True)
    (project / "a.wl").write_text("x est un entier = gnAbsent\ny est un entier = gnAutre\n",
                                  "utf-8")
    (project / "b.wl").write_text("Trace(1)\nTrace(sInconnue)\n", "utf-8")
    (project / "c.wl").write_text("ProcédureAbsente(1)\nz est un entier = gnAbsent\n", "utf-8")
    (project / "d.wl").write_text("TableAffiche(TABLE_X)\n", "utf-8")
    r = measure([tmp_path])
    assert r["loading"] == 1
    assert [(shown, count) for shown, count, _ in r["first"]] == [  # type: ignore[misc]
        ("fr/projet/a.wl", 2), ("fr/projet/b.wl", 1), ("fr/projet/c.wl", 2)]
    groups = first_causes(r["first"])  # type: ignore[arg-type]
    assert [(text, len(files)) for text, files in groups] == [
        ("WL101 'X' is not declared", 2), ("WL102 unknown procedure or function 'X'", 1)]
    assert groups[0][1] == ["fr/projet/a.wl:1: (2 errors) 'gnAbsent' is not declared",
                            "fr/projet/b.wl:2: (1 error) 'sInconnue' is not declared"]
    assert groups[1][1][0].startswith("fr/projet/c.wl:1: (2 errors) unknown procedure")
