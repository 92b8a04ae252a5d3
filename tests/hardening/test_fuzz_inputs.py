"""Any input is compiled or refused with a WLanguage error that has a position (issue 12).

Three generators, bounded for CI (a few seconds): programs drawn from the grammar itself
(hypothesis.extra.lark), the same programs cut and spliced with random text, and
arbitrary bytes read the way `wl run` reads a file. `run_fuzz.py` beside this file runs
the same properties for as long as asked (an hour locally) and reports what it tried.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wl_strategies import check_source, fragments, programs
from wlinterp.engine import compile_source
from wlinterp.errors import WLSyntaxError, format_error

_CI = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)


@settings(_CI, max_examples=120)
@given(programs())
def test_grammar_programs_compile_or_fail_cleanly(text: str) -> None:
    check_source(text)


@settings(_CI, max_examples=120)
@given(fragments())
def test_near_misses_fail_cleanly(text: str) -> None:
    check_source(text)


@settings(_CI, max_examples=200)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_fail_cleanly(data: bytes) -> None:
    check_source(data)


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
@pytest.mark.parametrize("line", [1, 2, 3])
def test_unusual_line_breaks_never_shift_the_quoted_line(char: str, line: int) -> None:
    """VT, FF, FS, NEL, U+2028... are not line ends for the lexer: the excerpt under
    the error must quote the line the position names."""
    lines = ["x = 1", "y = 2", "z = 3"]
    lines[line - 1] = f"w{line} = ({char}"
    with pytest.raises(WLSyntaxError) as caught:
        compile_source("\n".join(lines) + "\n", "lines.wl")
    err = caught.value
    assert err.line == line, err
    quoted = format_error(err).splitlines()[1]
    assert quoted.strip().startswith(f"w{line} = ("), (quoted, err)


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_an_unusual_line_break_inside_an_earlier_line_keeps_the_excerpt_right(char: str) -> None:
    """Found by hand (issue 12's fuzzing step): the fix above counted lines right, but the
    excerpt cut the source with `str.splitlines`, so a VT or NEL inside a comment on an
    earlier line made the run and `wl check` quote the wrong text under the caret."""
    from wlinterp.check import _check_program
    from wlinterp.registry import load_stdlib
    source = f"x is int = 1 // a{char}b\ny is int = 1 +\n"
    with pytest.raises(WLSyntaxError) as caught:
        compile_source(source, "lines.wl")
    assert caught.value.line == 2
    assert format_error(caught.value).splitlines()[1].strip() == "y is int = 1 +"
    diags, _ = _check_program(source, "lines.wl", load_stdlib(), [])
    assert [d.source_line for d in diags if d.line == 2][0] == "y is int = 1 +", diags
