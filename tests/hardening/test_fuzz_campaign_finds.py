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

