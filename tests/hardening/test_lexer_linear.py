"""The lexer reads long inputs in linear time (issue 8, area F: long files and lines).

Each shape below was quadratic: a rule that needs context walked back to the line's
start from each `<-` or `A`, or scanned to the end of the text from each `[` ending a
line. Four times the input must cost about four times the CPU time (sixteen when
quadratic; these sizes fail on the old code): 22 s for 160,000 characters of `a<-1 OR`,
36 s for 20,000 lines of `x = [`. Two more rules copied the rest of the text (at each
`: (` of a PROCEDURE header, at each `*` after a comparison) and now match in place;
copies are fast enough that no size a test can afford shows it (1.3 s for 20,000
headers in a megabyte), so only their results are pinned.

The multi-line `[` string's closing line, now found by an index (syntax/bracket_closers.py),
is compared with the plain forward scan it replaces on drawn texts.
"""
from __future__ import annotations

import re
import time
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax.bracket_closers import CloserIndex
from wlinterp.syntax.lexer import tokenize

SHAPES: dict[str, tuple[Callable[[int], str], int]] = {  # shape -> (text of n, small n)
    "<- on one long line": (lambda n: "x = " + " OR ".join(["a<-1"] * n) + "\n", 2500),
    "A after commas on one long line": (lambda n: "Trace(" + ", ".join(["a 2"] * n) + ")\n",
                                        2500),
    "[ ending lines never closed": (lambda n: "x = [\n" * n, 1500),
    # each `[` opening the line after `=` went back to the logical line's first token
    "[ opening lines after lines ending with =": (
        lambda n: "t =\n" + "[1] =\n" * n + "[2]\n", 1500),
}


def _seconds(text: str) -> float:
    began = time.process_time()
    try:
        tokenize(text, "long.wl")
    except WLSyntaxError:
        pass  # (`x = [` never closed: an error, after reading it all)
    return time.process_time() - began


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_long_inputs_are_lexed_in_linear_time(shape: str) -> None:
    make, n = SHAPES[shape]
    _seconds(make(n // 10))  # (imports and caches)
    small = min(_seconds(make(n)) for _ in range(3))
    large = min(_seconds(make(4 * n)) for _ in range(2))
    assert large < 9 * small + 0.05, (small, large)


def test_the_shapes_still_read_as_before() -> None:
    """What the rules decide did not change: `<-` at a line's head is a reference
    assignment and a comparison elsewhere, `A` after a comma of a CASE line is TO, the
    several result types are one TYPE holding their list (6d2d5daa reads each type), `*`
    after `<` is the SWITCH's subject."""
    kinds = [t.type for t in tokenize("p <- q\nIF a<-1 THEN Trace(1)\n")]
    assert kinds[:3] == ["NAME", "REFASSIGN", "NAME"] and "LT" in kinds, kinds
    assert "TO" in [t.type for t in tokenize("SWITCH x\nCAS 1, A 8: Trace(1)\nEND\n")]
    assert "TO" not in [t.type for t in tokenize("Trace(1, a 2)\n")]
    typed = [t for t in tokenize("PROCEDURE P() : (int, string)\n") if t.type == "TYPE"]
    assert [t.value for t in typed] == ["(int, string)"]
    assert "SUBJECT" in [t.type for t in tokenize("SWITCH 1\nCASE 1 < * <= 5: Trace(1)\nEND\n")]


def _scanned(text: str, pos: int) -> int:
    """The closing line's start as the lexer found it before the index: line after line
    from `pos`, counting the `[` and `]` outside quotes; -1 without one."""
    depth = 0
    while pos < len(text):
        nxt = re.compile(r"\r\n|\r|\n").search(text, pos)
        end, after = (nxt.start(), nxt.end()) if nxt else (len(text), len(text))
        line = text[pos:end]
        if depth <= 0 and line.lstrip().startswith("]"):
            return pos
        bare = re.sub(r"\"[^\"]*\"|“[^”]*”", "", line)
        depth += bare.count("[") - bare.count("]")
        pos = after
    return -1


_LINE = st.sampled_from(["x = [", "]", "  ],a)", "[[", '"[" + s', "a]", "text", "", " ] [",
                         '"]"', "[ ]", "]]"])


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(_LINE, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))
def test_the_closer_index_finds_the_line_the_scan_found(lines: list[str], eol: str) -> None:
    text = eol.join(lines)
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    starts = [p for p in starts if p < len(text)]
    if not starts:
        return
    index = CloserIndex(text, starts[0])
    for pos in starts:
        found = index.lines_until(pos)
        expected = _scanned(text, pos)
        assert (found[1] if found else -1) == expected, (text, pos)
        if found:
            assert text[found[2]] == "]" and text[found[1]:found[2]].strip() == "", found
            assert found[0] == re.split(r"\r\n|\r|\n", text[pos:found[1]])[:-1], found
