"""A CASE line's `<-` is read without walking the line again (issue 8, area F: long lines).

At each `<-` the lexer asks what the statement's first token is; on a CASE or OTHER CASE
line that is the token after the case's colon (`CAS Google : p <- allouer un CGoogle(s)`).
It was found by scanning the line from its start at each `<-`: 20,000 `a<-1 OR` on one
CASE line took 23.6 s (0.34 s on a one-line IF). The colon is now kept when it is read.
The tokens the lexer reads back are counted (never the time): four times the line must
read back about four times as many, not sixteen.
"""
from __future__ import annotations

from typing import SupportsIndex

import pytest

from wlinterp.syntax.lexer import _Scanner, tokenize
from wlinterp.syntax.tokens import Token


class _CountingList(list[Token]):
    """The scanner's token list, counting the tokens read back by index."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        _CountingList.reads += 1
        return super().__getitem__(i)


def _reads(text: str) -> int:
    scanner = _Scanner(text, "long.wl")
    scanner.out = _CountingList()
    _CountingList.reads = 0
    scanner.run()
    return _CountingList.reads


LINES = {  # the colon late on the line, or none (`CAS 1 b = ...`: case_colon.py)
    "CASE": lambda n: "SWITCH a\nCASE " + " OR ".join(["a<-1"] * n) + " : Trace(1)\nEND\n",
    "CAS": lambda n: "SELON a\nCAS " + " OU ".join(["a<-1"] * n) + " : Trace(1)\nFIN\n",
    "CASE without colon": lambda n: "SWITCH a\nCASE 1 b = " + " OR ".join(["a<-1"] * n)
                                    + "\nEND\n",
}


@pytest.mark.parametrize("shape", sorted(LINES))
def test_arrows_of_a_case_line_read_back_a_bounded_number_of_tokens(shape: str) -> None:
    make = LINES[shape]
    small, large = _reads(make(500)), _reads(make(2000))
    assert large < 6 * small, (small, large)  # (quadratic: about 16 times)


def test_the_action_after_a_case_colon_still_takes_a_reference() -> None:
    """What the rule decides did not change: `<-` right after a case's colon is a reference
    assignment, in English and French, on CASE and OTHER CASE lines; elsewhere on the
    line a comparison."""
    for text in ("SWITCH g\nCASE 1 : p <- q\nEND\n", "SELON g\nCAS Google : p <- q\nFIN\n",
                 "SWITCH g\nOTHER CASE : p <- q\nEND\n", "SELON g\nAUTRE CAS : p <- q\nFIN\n"):
        assert "REFASSIGN" in [t.type for t in tokenize(text)], text
    kinds = [t.type for t in tokenize("SWITCH g\nCASE a<-1 : Trace(1)\nEND\n")]
    assert "REFASSIGN" not in kinds and "LT" in kinds, kinds
