"""The REPL's value display, meta-commands, completion and highlighting, without a
terminal (prompt_toolkit pipe input for the prompt itself)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import Comment, Keyword, Name, Number, String

from wlinterp.pygments_lexer import WLanguageLexer
from wlinterp.repl import ReplSession, run_lines, run_repl
from wlinterp.repl.completion import SessionCompleter
from wlinterp.repl.display import MAX_CHARS, show_value

GOLDEN = Path(__file__).parent.parent / "golden"


def session() -> tuple[ReplSession, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return ReplSession(stdout=out, stderr=err), out, err


def shown(lines: list[str]) -> list[str]:
    s, out, err = session()
    run_lines(lines, s)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


def test_arrays_show_their_items() -> None:
    assert shown(["t is array of int = [1, 2, 3]", "t"]) == ["[1, 2, 3]"]
    assert shown(['n is array of strings = ["a", "b"]', "n"]) == ['["a", "b"]']
    assert shown(["m is array of 2 by 3 int", "m[2, 3] = 9", "m"]) == \
        ["[[0, 0, 0], [0, 0, 9]]"]


def test_a_procedure_of_an_earlier_input_is_passed_not_called() -> None:
    """A procedure typed at an earlier prompt, named as an argument, is a reference (as in a
    script): ThreadExecute runs it in the thread, ArraySort calls it to compare (it was
    called at once, with no argument, in the main code). ThreadExecute's result is kept
    in a variable, not shown: shown at once, it raced the thread's Trace for the first
    line; ThreadWait's "True" comes after the thread ended, so after its Trace."""
    assert shown(["PROCEDURE Worker()", 'Trace("in " + ThreadCurrent())', "",
                  'n is string = ThreadExecute("w", threadNormal, Worker)',
                  'ThreadWait("w")', "n"]) == ["in w", "True", "w"]
    assert shown(["PROCEDURE Compare(a, b)", "RESULT b - a", "",
                  "t is array of int = [1, 3, 2]", "ArraySort(t, asFunction, Compare)",
                  "t"]) == ["[3, 2, 1]"]
    assert shown(["PROCÉDURE Comparer(a, b)", "RENVOYER a - b", "",
                  "t est un tableau d'entiers = [2, 3, 1]",
                  "TableauTrie(t, ttFonction, Comparer)", "t"]) == ["[1, 2, 3]"]


def test_long_values_are_truncated() -> None:
    lines = shown(["big is array of int", "FOR i = 1 TO 100", "ArrayAdd(big, i)", "END", "big"])
    assert lines == ["[" + ", ".join(str(i) for i in range(1, 21)) + ", ... (80 more)]"]
    text = show_value("x" * (MAX_CHARS + 50))
    assert text.endswith("... (50 more characters)") and len(text) < MAX_CHARS + 40


def test_associative_arrays_structures_and_objects() -> None:
    assert shown(["a is associative array of int", 'a["un"] = 1', 'a["deux"] = 2', "a"]) == \
        ['{"un": 1, "deux": 2}']
    assert shown(["ST is Structure", "nom is string", "age is int", "END", "p is ST",
                  'p.nom = "Léa"', "p"]) == ['ST{nom = "Léa", age = 0}']
    assert shown(["CPoint is Class", "x is int", "END", "o is CPoint", "o:x = 4", "o"]) == \
        ["CPoint{x = 4}"]


def test_dates_times_buffers_and_scalars() -> None:
    assert shown(['d is date = "20261130"', "d"]) == ["2026-11-30"]
    assert shown(['h is time = "12304500"', "h"]) == ["12:30:45.00"]
    assert shown(['b is buffer = Charact(0) + "AB"', "b"]) == ["buffer of 3 byte(s): 00 41 42"]
    assert shown(["1.5 * 2", '"Total: " + 5', "True"]) == ["3", "Total: 5", "True"]


def test_meta_help() -> None:
    s, out, err = session()
    run_lines([".help"], s)
    assert ".load FILE" in out.getvalue() and ".reset" in out.getvalue()
    run_lines([".help Taille"], s)
    assert "Length / Taille  (function, family Strings)" in out.getvalue()
    assert "  Taille(s)" in out.getvalue()
    run_lines(["PROCEDURE Double(x)", "RESULT 2 * x", "", ".help double"], s)
    assert "Double(x)  (procedure of this session)" in out.getvalue()
    run_lines([".help Nothing", ".frobnicate"], s)
    assert "no built-in, procedure or variable named 'Nothing'" in err.getvalue()
    assert "unknown meta-command .frobnicate" in err.getvalue()


def test_meta_load_a_script_and_a_procedure_set(tmp_path: Path) -> None:
    wl = tmp_path / "lib.wl"
    wl.write_text("taux is real = 0.2\nPROCEDURE TTC(ht)\nRESULT ht * (1 + taux)\n",
                  encoding="utf-8")
    wdg = tmp_path / "Outils.wdg"
    wdg.write_text("#To edit and compare internal_properties, use WINDEV integrated tools.\n"
                   "info :\n name : Outils\n type : 7\n"
                   "procedures :\n - name : Carre\n   procedure_id : 1\n   type_code : 15\n"
                   "   code : |1+\n    PROCEDURE Carre(n)\n    RESULT n * n\n", encoding="utf-8")
    s, out, err = session()
    run_lines([f".load {wl}", "TTC(100)"], s)
    assert "loaded" in out.getvalue() and out.getvalue().endswith("120\n"), err.getvalue()
    run_lines([f".load {wdg}", "Carre(7)"], s)
    assert out.getvalue().endswith("49\n"), err.getvalue()
    run_lines([f".load {tmp_path / 'missing.wl'}"], s)
    assert "cannot read" in err.getvalue()


def test_meta_reset_and_quit() -> None:
    s, out, err = session()
    run_lines(["k is int = 5", ".reset", "k"], s)
    assert "session reset" in out.getvalue() and "k" in err.getvalue()
    run_lines(["Trace(1)", ".quit", "Trace(2)"], s)
    assert out.getvalue().endswith("1\n")


def completions(s: ReplSession, text: str) -> list[str]:
    return [c.text for c in SessionCompleter(s).get_completions(Document(text), None)]


def test_completion_of_session_names_members_and_meta() -> None:
    s, _, _ = session()
    run_lines(["nTotalHT is int", "PROCEDURE CalculTVA(x)", "RESULT x", "",
               "ST is Structure", "sNom is string", "nAge is int", "END", "client is ST",
               "CPoint is Class", "coordX is int", "END", "pt is CPoint"], s)
    assert "nTotalHT" in completions(s, "x = ntot")
    assert "CalculTVA" in completions(s, "Trace(calc")
    assert completions(s, "client.") == ["sNom", "nAge"]
    assert completions(s, "client.n") == ["nAge"]
    assert completions(s, "pt:co") == ["coordX"]
    assert "help" in completions(s, ".he")
    assert {"Taille", "Length"} <= set(completions(s, "ta") + completions(s, "len"))
    assert "TANTQUE" in completions(s, "tantq")


def test_prompt_with_pipe_input_meta_commands_and_display(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("WL_HISTORY", "")
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("t is array of int = [4, 5]\r")
        pipe.send_text("Trace(9")
        pipe.send_text("\x03")  # Ctrl-C at the prompt: the line is dropped
        pipe.send_text("t\r")
        pipe.send_text(".help Length\r")
        pipe.send_text(".quit\r")
        pipe.send_text('Trace("never")\r')
        assert run_repl(input=pipe, output=DummyOutput()) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "[4, 5]" and "Length / Taille" in out and "never" not in out
    assert "9" not in out


def test_pygments_lexer_is_registered_under_its_names() -> None:
    for alias in ("wlanguage", "windev", "webdev"):
        assert isinstance(get_lexer_by_name(alias), WLanguageLexer)
    code = (GOLDEN / "french" / "boucles_francais.wl").read_text(encoding="utf-8")
    assert isinstance(get_lexer_for_filename("x.wl", code), WLanguageLexer)


def tokens(text: str) -> list[tuple[object, str]]:
    return [(t, v) for t, v in WLanguageLexer().get_tokens(text) if v.strip()]


@pytest.mark.parametrize("golden", ["french/boucles_francais.wl", "basics/booleans.wl"])
def test_lexer_on_golden_files(golden: str) -> None:
    text = (GOLDEN / golden).read_text(encoding="utf-8")
    toks = tokens(text)
    assert "".join(v for _, v in WLanguageLexer().get_tokens(text)) == text.replace("\r", "")
    assert all("Error" not in str(t) for t, _ in toks)
    assert any(t in Comment for t, _ in toks)
    words = {v.upper() for t, v in toks if t in Keyword}
    assert words & {"POUR", "FIN", "BOUCLE", "SI", "ALORS", "IF", "THEN", "END", "TRUE", "VRAI"}


def test_lexer_tokens_in_both_languages() -> None:
    en = tokens('x is int = 0x1F // note\nIF x > 1.5 THEN Trace("a""b") END')
    fr = tokens('x est un entier = 12_000 /* bloc */\nSI x > 1 ALORS Trace("é") FIN')
    assert (Keyword, "IF") in en and (Keyword, "THEN") in en and (Keyword, "END") in en
    assert (Keyword, "SI") in fr and (Keyword, "ALORS") in fr and (Keyword, "FIN") in fr
    assert (Keyword.Type, "int") in en and (Keyword.Type, "entier") in fr
    assert (String.Double, '"a""b"') in en and (String.Double, '"é"') in fr
    assert (Number.Hex, "0x1F") in en and (Number.Float, "1.5") in en
    assert (Number.Integer, "12_000") in fr
    assert (Number.Float, "0m12.5") in tokens("m = 0m12.5") \
        and (Number.Float, "0N7") in tokens("n est un numérique = 0N7")
    assert (Comment.Single, "// note") in en and (Comment.Multiline, "/* bloc */") in fr
    assert (Name, "Trace") in en and (Keyword, "PROCÉDURE") in tokens("PROCÉDURE f()")
