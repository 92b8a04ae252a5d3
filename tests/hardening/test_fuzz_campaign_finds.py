"""Defects found by the long fuzz campaign of 7 December 2026 (issue 8, REV; docs/testing.md
"Fuzzing (issue 8, REV, ...)"), one test each, in process: each smallest reproducer gave a
Python traceback or an internal error before its fix.
"""
from __future__ import annotations

import argparse
import io

import pytest

from wlinterp.commands.run_options import add_run_options, run_options
from wlinterp.errors import WLSyntaxError
from wlinterp.repl import ReplSession, run_lines


def _repl(lines: list[str]) -> tuple[str, str]:
    """`lines` typed into a `wl repl` session: (what it printed, what it said on stderr)."""
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(out, err, options=run_options(parser.parse_args([])))
    try:
        run_lines(lines, session)
    finally:
        session.close()
    return out.getvalue(), err.getvalue()


DEEP_CALLS = "f(" * 600 + "1" + ")" * 600


@pytest.mark.parametrize("typed, column", [
    (DEEP_CALLS, 1199),                        # a lone call: its value is shown (WL117 asked)
    ("x = " + DEEP_CALLS, 1203),               # an undeclared name assigned: declared for the session
    ("résultat = " + DEEP_CALLS, 1210),        # the same in French, with an accent
    ("Trace" + ".Trace" * 1000 + "(1)", 1),    # a member chain called
], ids=["lone call", "assignment", "affectation", "member chain"])
def test_an_input_nested_too_deeply_for_the_prompt_is_placed(typed: str, column: int) -> None:
    """The prompt's own passes over an input (is a lone call's value shown? which names
    does it declare?) ran before compile_program, outside its RecursionError handling:
    "wl: internal error: RecursionError" and the session ended (exit 70). Now it is the
    "nests too deeply" error at the deepest point, and the next input runs."""
    out, err = _repl([typed, '"alive"'])
    assert err.startswith(f"<repl>:1:{column}: error: the code nests too deeply here"), err[:300]
    assert "\n    ^" in err or "^\n" in err, err[:600]
    assert "internal error" not in err and "Traceback" not in err, err[-600:]
    assert out == "alive\n", out


class _CountedReads(list):  # type: ignore[type-arg]
    """A token list that counts how many times its items are read."""
    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        self.reads += 1
        return super().__getitem__(key)


ONE_LINE_IFS = {  # shape -> a line of n of them
    "IF c THEN a END;": lambda n: "IF a THEN b END;" * n + "\n",
    "SI c ALORS a FIN;": lambda n: "si a alors b fin;" * n + "\n",
    "IF c a; (no THEN)": lambda n: "x = 1;IF a b;" * n + "\n",
    "SI c a; (sans ALORS)": lambda n: "SI a THE1 b;" * n + "\n",
}


@pytest.mark.parametrize("shape", sorted(ONE_LINE_IFS))
def test_one_line_ifs_by_thousands_are_read_once(shape: str) -> None:
    """Each IF opening a logical line had the rest of its physical line read again for the
    one-line IF forms (syntax/one_line.py): 4,000 `IF a THEN b END;` on one line took 9 s,
    a fuzzed file of 20,000 IFs never ended. The tokens read now grow with the line, not
    with its square (counted: 2,000 IFs read about 25,000 tokens; the old code read 12
    million)."""
    from wlinterp.syntax.lexer import raw_tokens
    from wlinterp.syntax.one_line import one_line_blocks
    from wlinterp.syntax.statements import merge_keywords
    toks, ifs = merge_keywords(raw_tokens(ONE_LINE_IFS[shape](2000), "long.wl"))
    counted = _CountedReads(toks)
    one_line_blocks(counted, ifs)
    assert len(ifs) >= 2000, len(ifs)
    assert counted.reads < 30 * len(toks), (counted.reads, len(toks))


LINE_PIECES = ["IF a", "SI b", "THEN", "ALORS", "x", "Trace(1)", "ELSE", "SINON", "ELSE IF c THEN",
               "END", "FIN", ";", ";", "\n", "FOR i = 1 TO 2", "BOUCLE", "(x) => { IF a THEN b END }",
               "CASE 1:", "y = 2", "END }", "IF a THEN b END", "IF a b", "SINON SI d ALORS"]


def test_the_line_readings_answer_as_each_if_read_alone() -> None:
    """The answers kept for the IFs of one line (_LineScans) are those of reading the line
    from each IF, on 3,000 drawn lines of IF pieces (EN and FR)."""
    import random

    from wlinterp.syntax import one_line
    from wlinterp.syntax.lexer import raw_tokens
    from wlinterp.syntax.statements import merge_keywords
    rng = random.Random(8)
    asked = 0
    for _ in range(3000):
        text = " ".join(rng.choice(LINE_PIECES) for _ in range(rng.randrange(1, 30)))
        try:
            toks, ifs = merge_keywords(raw_tokens(text, "f.wl"))
        except WLSyntaxError:
            continue  # (`=>` after no parameters...: no tokens to shape)
        asked += len(ifs)
        scans = one_line._LineScans(toks)
        for i in ifs:
            assert scans.block_end(i) == one_line._one_line_block_end(toks, i), text
            assert scans.semicolon_line_end(i) == one_line._semicolon_line_end(toks, i)[:2], text
    assert asked > 2000, asked  # (the lines lexed hold that many IFs)


THOUSANDS = "9" * 5000  # past Python's 4,300 digits of int()


@pytest.mark.parametrize("source, column", [
    (f"t is array of {THOUSANDS} int\n", 15),
    (f"x is array [{THOUSANDS}] of int\n", 13),
    (f"t est un tableau de {THOUSANDS} entiers\n", 21),
    (f"s is string on {THOUSANDS}\n", 1),
    (f"c est une chaîne sur {THOUSANDS}\n", 1),
    (f"x is int on {THOUSANDS} bytes\n", 1),
    (f"n est un entier sur {THOUSANDS} octets\n", 1),
], ids=["array of", "array []", "tableau de", "string on", "chaîne sur", "int on", "entier sur"])
@pytest.mark.parametrize("command", ["run", "check"])
def test_a_size_of_thousands_of_digits_is_out_of_range(wl_here, script, command: str,
                                                        source: str, column: int) -> None:
    """A size or a byte count written with thousands of digits went to Python's int(),
    which refuses more than 4,300 digits in its own words: "wl: error: Exceeds the limit
    (4300 digits) for integer string conversion ... sys.set_int_max_str_digits()" (exit 2)
    or that sentence placed. Now it is refused as a literal of more than 38 digits is."""
    ran = wl_here(command, script(source, "big.wl"))
    assert ran.code in (1, 65), ran
    first = ran.err.splitlines()[0]
    assert f"big.wl:1:{column}: error" in first, first
    assert "the number 99999999999999999999... is out of range (more than 38 digits)" in first
    assert "Exceeds the limit" not in ran.err and "set_int_max_str_digits" not in ran.err


def test_a_windev_type_key_of_thousands_of_digits_is_no_type(wl_here, tmp_path) -> None:
    """A WINDEV text file's `type : 999...` (thousands of digits) ended `wl check` with
    Python's int() words, exit 2; it names no WINDEV element type: the code is checked."""
    path = tmp_path / "Big.wdc"
    path.write_text(f"code :\n  type : {THOUSANDS}\n  code : |1+\n    n est un entier = Faux + \n",
                    encoding="utf-8")
    ran = wl_here("check", str(path))
    assert ran.code == 65, ran
    assert "Big.wdc:4:" in ran.err and "Exceeds the limit" not in ran.err, ran.err[:800]


@pytest.mark.parametrize("call", ["StringBuild", "ChaîneConstruit"])
@pytest.mark.parametrize("fmt, shown", [
    ("%" + "0" * 5000 + "1|%12|%2%1|%0|%%1|%01%002", "a|a2|ba|%0|%1|ab"),
    ("%" + THOUSANDS, "%" + THOUSANDS),
], ids=["zeros", "nines"])
def test_stringbuild_reads_long_runs_of_digits_after_percent(wl_here, script, call: str,
                                                             fmt: str, shown: str) -> None:
    """`%` followed by thousands of digits: each shorter prefix went to int() in turn
    (quadratic, and Python's words past 4,300 digits, exit 2). Only the digits that may
    name one of the parameters are read; what they name is unchanged."""
    ran = wl_here("run", script(f'Trace({call}("{fmt}", "a", "b"))\n'))
    assert (ran.code, ran.out, ran.err) == (0, shown + "\n", ""), ran
