"""The REPL waits for an open bracket, multi-line string or comment as Python's prompt
does (typed or piped), reports at once a line that cannot go on, and cuts piped input
into inputs in linear time, exactly where the prompt would (docs/semantics.md, "8. The
REPL")."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from wlinterp.repl import ReplSession, is_complete, run_lines, run_repl
from wlinterp.repl import reader
from wlinterp.repl.completeness import BLOCK, COMPLETE, MORE, OPEN, completeness

ROOT = Path(__file__).resolve().parents[2]

WAITING = [
    "Trace(", "Trace(1,", "Trace(1 +", "t = [1,\n2,", "IF f(", "x = Max(\n",
    "s = [", "s = [\nIt's a text", 's = "', 's = "\nIt\'s a text', "/* a comment",
    'Trace("\nline', "Trace([\nline", "IF x THEN\ns = [\nIt's", "FOR i = 1 TO 3\nTrace(i,",
    "f = (x) => {", "Trace(Majuscule(", "SI Vrai ALORS\n  Trace(",
    's is string = [\n{\n  "lines": [\n    {"tags": [',  # JSON text: its arrays close first
]
REPORTED = [
    "Trace(1 2", "Trace(1\nx = 2", 'x = Crypt("a", "b"\nb = Crypt("a", "b")',
    'Trace("abc', "x = = 1", "Trace(1))",
]


@pytest.mark.parametrize("text", WAITING)
def test_an_open_bracket_string_or_comment_waits(text: str) -> None:
    assert completeness(text) == OPEN and not is_complete(text)


@pytest.mark.parametrize("text", REPORTED)
def test_a_line_that_cannot_go_on_is_reported_at_once(text: str) -> None:
    assert is_complete(text)


def test_the_kinds_of_waiting() -> None:
    assert completeness("IF 1 THEN") == BLOCK and completeness("POUR TOUT REQ") == BLOCK
    assert completeness("x = 1 + ...") == MORE and completeness("PROCEDURE P()") == MORE
    assert completeness("Trace(\n1)") == COMPLETE and completeness(".help") == COMPLETE


def test_an_assignment_ending_its_line_waits_for_the_text_on_the_next() -> None:
    """`s =` / `s +=` then `[` on the next line is one statement (real code writes it):
    the prompt waits instead of reporting `s =` at once, even inside a block, and an
    empty text `[` `]` there closes it; `IF a <=` is still reported."""
    assert completeness("s =") == MORE and completeness("sTexte += // why") == MORE
    assert completeness("SI b ALORS\n\tsTexte =") == MORE
    assert completeness("SI b ALORS\n\tsTexte =\n\t[") == OPEN
    assert completeness("sTexte =\n[\n]") == COMPLETE and completeness("IF a <=") == COMPLETE
    assert completeness('s = "a ="') == COMPLETE


def test_a_for_each_of_a_file_inside_a_block_waits_for_the_outer_end() -> None:
    """`POUR TOUT REQ` (FOR EACH over a data file) closed by its FIN inside an IF: the IF
    still waits (it was reported as "unexpected end of file" at the inner FIN)."""
    assert not is_complete("SI x ALORS\n  POUR TOUT REQ\n    Trace(REQ.N)\n  FIN")
    assert not is_complete("IF x THEN\n  FOR EACH STRING s OF t\n  END")


def session() -> tuple[ReplSession, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return ReplSession(stdout=out, stderr=err), out, err


def test_lines_fed_run_once_the_bracket_closes() -> None:
    s, out, err = session()
    run_lines(["Trace(", "  40 + 2)", "s est une chaîne = [", "It's fine", "]", "Trace(s)",
               "t is array of int = [1,", "2]", "Trace(ArrayCount(t))"], s)
    assert out.getvalue() == "42\nIt's fine\n2\n", err.getvalue()


def test_a_line_that_cannot_go_on_is_reported_and_the_next_inputs_run() -> None:
    s, out, err = session()
    run_lines(["Trace(1", "x = 2", "Trace(3)"], s)
    assert out.getvalue() == "3\n"
    assert "this '(' is never closed" in err.getvalue() and s.failed == 1


def repl(stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WL_HISTORY": ""}
    return subprocess.run([sys.executable, "-m", "wlinterp", "repl"], input=stdin,
                          text=True, capture_output=True, timeout=120, env=env)


def test_piped_input_ending_inside_a_bracket_ends_with_the_error() -> None:
    ran = repl('Trace("a")\nTrace(\n  1,\n')
    assert ran.returncode == 1 and ran.stdout == "a\n", ran
    # (each input counts its own lines, as a file does)
    assert "<repl>:1:6: error: this '(' is never closed" in ran.stderr, ran
    assert "Traceback" not in ran.stderr


def test_the_prompt_waits_and_ctrl_d_reports_an_unfinished_input(capsys) -> None:
    """Enter inside an open bracket opens a new line; Ctrl-D after an unfinished input
    runs it (its error is reported, nothing is dropped), and on an empty line ends."""
    err = io.StringIO()
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("Trace(\r40 + 2)\rTrace(\r")
        pipe.send_bytes(b"\x04")
        pipe.send_text('Trace("after")\r')
        pipe.send_bytes(b"\x04")
        session = ReplSession(stderr=err)
        assert run_repl(input=pipe, output=DummyOutput(), session=session) == 0
    assert capsys.readouterr().out == "42\nafter\n"
    assert "this '(' is never closed" in err.getvalue()


def naive(lines: list[str]) -> list[str]:
    """The prompt's cut: the parser asked at every line."""
    cut, buffer = [], []
    for line in lines:
        buffer.append(line)
        if is_complete("\n".join(buffer)):
            cut.append("\n".join(buffer))
            buffer = []
    return cut + (["\n".join(buffer)] if buffer else [])


SAMPLES = [p for p in sorted((ROOT / "tests" / "golden").rglob("*.wl"))[::9]
           if "expect error: unexpected" not in p.read_text(encoding="utf-8")]
"""Every ninth golden program, but not one the parser refuses (a syntax error expected,
`inherits from CB, CC`): the prompt cuts such a text at the error, the block count waits
for its END, and neither is a program's cut."""
LONG_TEXT = ["FOR i = 1 TO 2", "  s = [", "  FOR this IF text", "  WHILE it goes END", "  ]",
             "  /* a comment", "  SWITCH the words END", "  */", '  t = "',
             "  IF text THEN", '  "', "  SI i = 1 ALORS Trace(1)", "  IF i = 2 THEN",
             "    LOOP", "      BREAK", "    DO WHILE i < 0", "  END", "END", "Trace(s)",
             "IF 1 THEN", "  x = 1; END", "Trace(x)"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_reader_cuts_where_the_prompt_does(path: Path, monkeypatch) -> None:
    """With no short-input allowance, the block counting alone decides when to ask the
    parser: the cut must still be the prompt's, on every sampled golden program."""
    monkeypatch.setattr(reader, "SHORT", 0)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert list(reader.inputs(lines)) == naive(lines)


def test_strings_and_comments_holding_block_words_do_not_mislead_the_count(
        monkeypatch) -> None:
    monkeypatch.setattr(reader, "SHORT", 0)
    assert list(reader.inputs(LONG_TEXT)) == naive(LONG_TEXT)
    assert len(naive(LONG_TEXT)) == 4


def test_a_continuation_followed_by_a_comment_waits_for_its_next_line(monkeypatch) -> None:
    """`+ ... /* why */` goes on to the next line: it was taken for an open comment, and
    a pipe then waited for a `*/` that never came, joining the inputs that followed."""
    lines = ['s = "a" + ...   /* first */', '\t"b" + ... /* second */ /* third */',
             '\t"c"', "Trace(s)", "n = 1 + ... // why", "\t2", "Trace(n)"]
    monkeypatch.setattr(reader, "SHORT", 0)
    assert list(reader.inputs(lines)) == naive(lines)
    assert naive(lines) == ["\n".join(lines[:3]), "Trace(s)", "\n".join(lines[4:6]),
                            "Trace(n)"]


def count_parses(lines: list[str], monkeypatch) -> tuple[int, list[str]]:
    calls = []
    real = reader.waiting
    monkeypatch.setattr(reader, "waiting", lambda text: calls.append(1) or real(text))
    return len(calls), list(reader.inputs(lines))


def test_a_long_block_is_parsed_a_bounded_number_of_times(monkeypatch) -> None:
    """Piped input used to be parsed whole at each line: a 5,000-line block took minutes.
    Now the parser is asked at each of the first SHORT lines and at the ENDs that may
    close the block."""
    body = [f"  n += {k}" if k % 50 else "  IF n > 0 THEN\n  n--\n  END" for k in range(5000)]
    lines = ["n is int = 0", "FOR i = 1 TO 2", *"\n".join(body).split("\n"), "END",
             "Trace(n)"]
    asked, cut = count_parses(lines, monkeypatch)
    assert len(cut) == 3 and cut[1].startswith("FOR") and cut[1].endswith("\nEND")
    assert asked <= reader.SHORT + 5, asked


def test_a_long_bracket_is_parsed_a_bounded_number_of_times(monkeypatch) -> None:
    lines = ["t is array of int = [", *[f"{k}," for k in range(5000)], "0]",
             "Trace(ArrayCount(t))"]
    asked, cut = count_parses(lines, monkeypatch)
    assert len(cut) == 2 and asked <= reader.SHORT + 3, asked


def test_a_long_text_of_quoted_lines_is_parsed_a_bounded_number_of_times(monkeypatch) -> None:
    """JSON in a multi-line string: its lines hold quotes and brackets that close
    nothing outside their own line."""
    lines = ["s is string = [", "{", '  "items": [', *[f'    {{"n": "{k}"}},' for k in range(3000)],
             "  ]", "}", "]", "Trace(Length(s) > 0)"]
    asked, cut = count_parses(lines, monkeypatch)
    assert len(cut) == 2 and asked <= reader.SHORT + 10, asked


def test_an_error_inside_a_long_block_is_reported_with_the_block(monkeypatch) -> None:
    """The documented difference with the prompt: past SHORT lines, a syntax error in a
    block is found when the block's END comes (the block is reported whole)."""
    lines = ["FOR i = 1 TO 2", *["  x = 1"] * (reader.SHORT + 5), "  x = = 1", "  Trace(i)",
             "END", "Trace(7)"]
    assert list(reader.inputs(lines)) == ["\n".join(lines[:-1]), "Trace(7)"]


@pytest.mark.parametrize("lines", [
    ["bDanger est un booléen = Faux", "SI bDanger ALORS", "  x = = 2",
     '  Trace("DANGER")', "FIN", 'Trace("fin")'],
    ["b is boolean", "IF b = = 1 THEN", '  Trace("DANGER")', "END", 'Trace("fin")'],
    ["SELON 1", " CAS 1: x = = 2", '  Trace("DANGER")', "FIN", 'Trace("fin")'],
    ["POUR i = 1 À 2", "  Trace(i", "  x = = 2", '  Trace("DANGER")', "FIN", 'Trace("fin")'],
    ["SI Faux ALORS", *[f"  x = = {i}" for i in range(40)], '  Trace("DANGER")', "FIN",
     'Trace("fin")'],  # (as many wrong lines as a block holds: counted, not tried)
])
def test_a_syntax_error_inside_a_block_waits_for_its_end_and_runs_none_of_it(
        lines: list[str]) -> None:
    """The error was reported at once and the block's next lines then ran at the top
    level: `Trace("DANGER")` under a false `SI bDanger ALORS` ran, and the FIN was a
    second error. Now the block is reported whole at its END, as Python's prompt does."""
    s, out, err = session()
    run_lines(lines, s)
    assert out.getvalue() == "fin\n", err.getvalue()
    assert "without a block to close" not in err.getvalue() and s.failed == 1, err.getvalue()


def test_a_one_line_if_with_an_error_is_still_reported_at_once() -> None:
    assert completeness("SI b ALORS x = = 3") == COMPLETE
    assert completeness("SI b ALORS\n  x = = 3") == BLOCK
    assert completeness("SI b = = 1 ALORS") == BLOCK


def test_a_text_closed_on_a_line_whose_comment_holds_a_quote(monkeypatch) -> None:
    """`"  // the "end` closes a text of several lines (its comment's quote opens nothing:
    syntax/multiline_strings.py): the reader asks the parser there. It paired the line's
    two quotes as a string and skipped the line, joining the next inputs to the text."""
    lines = ['s is string = "', "line one", '"  // end of the "text', "Trace(s)",
             's2 est une chaîne = "', "ligne deux", '" + "a // b" // un "seul guillemet',
             "Trace(s2)"]
    monkeypatch.setattr(reader, "SHORT", 0)
    assert list(reader.inputs(lines)) == naive(lines)
    assert naive(lines) == ["\n".join(lines[:3]), "Trace(s)", "\n".join(lines[4:7]),
                            "Trace(s2)"]
