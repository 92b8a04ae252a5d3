"""PositionOccurrence walked through a long text (the help's loop: firstRank, then
nextRank until 0) found every occurrence again at each call, a quadratic loop; the
occurrences are now found once for the calls that follow on the same text, searched
strings and options. Counted, not timed."""
from __future__ import annotations

import importlib

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call, const

# (the module as the registry loaded it)
strings = importlib.import_module("wlinterp.stdlib.strings")


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts strings.py searched for every occurrence, in order."""
    seen: list[str] = []
    real = strings._match_starts

    def counting(text: str, pat: object) -> list[int]:
        seen.append(text)
        return real(text, pat)

    monkeypatch.setattr(strings, "_match_starts", counting)
    return seen


def test_the_help_loop_searches_the_text_once(searches: list[str]) -> None:
    rt = Runtime()
    text = "ab" * 400
    got = [call(rt, "PositionOccurrence", text, "a", const("firstRank"))]
    while got[-1] != 0:
        got.append(call(rt, "PositionOccurrence", text, "a", const("rangSuivant")))
    assert got[:-1] == list(range(1, 800, 2))
    assert len(searches) == 1


def test_a_loop_by_rank_searches_once_and_other_keys_again(searches: list[str]) -> None:
    rt = Runtime()
    assert [call(rt, "PositionOccurrence", "xaxa", "a", k) for k in (1, 2, 3)] == [2, 4, 0]
    assert len(searches) == 1
    assert call(rt, "PositionOccurrence", "xaxa", "A", 1, const("IgnoreCase")) == 2
    assert call(rt, "PositionOccurrence", "xaxa", "a", 1, const("FromEnd")) == 4
    assert call(rt, "PositionOccurrence", "xaxa", "x", 2) == 3
    assert call(rt, "PositionOccurrence", "xaxa", "a", 1) == 2
    assert len(searches) == 5
