"""ExtractString over a long text field by field: the text is cut once for the calls
that follow on it (each call cut the whole text: 20,000 fields read in a loop took 90 s),
and the firstRank/nextRank walks remembered are bounded (each text walked stayed in
memory for the whole run). Counted, not timed."""
from __future__ import annotations

import importlib

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import call, const

# (the module as the registry loaded it: wlinterp.stdlib.string_fields)
string_fields = importlib.import_module("wlinterp.stdlib.string_fields")


@pytest.fixture
def cuts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts string_fields cuts into fields, in order."""
    seen: list[str] = []
    real = string_fields._split

    def counting(text: str, seps: list[str], fname: str) -> list[str]:
        seen.append(text)
        return real(text, seps, fname)

    monkeypatch.setattr(string_fields, "_split", counting)
    return seen


def test_a_loop_by_rank_cuts_the_text_once(cuts: list[str]) -> None:
    rt = Runtime()
    text = ",".join(f"f{i}" for i in range(500))
    got = [call(rt, "ExtractString", text, k, ",") for k in range(1, 502)]
    assert got[:2] == ["f0", "f1"] and got[499] == "f499" and got[500] == const("EOT")
    assert len(cuts) == 1


def test_a_walk_by_next_rank_cuts_the_text_once(cuts: list[str]) -> None:
    rt = Runtime()
    text = ";".join(f"f{i}" for i in range(300))
    got = [call(rt, "ExtraitChaîne", text, const("rangPremier"), ";")]
    while got[-1] != const("EOT"):
        got.append(call(rt, "ExtraitChaîne", text, const("rangSuivant"), ";"))
    assert got[:-1] == [f"f{i}" for i in range(300)]
    assert len(cuts) == 1


def test_another_text_separator_or_direction_is_cut_again(cuts: list[str]) -> None:
    rt = Runtime()
    assert call(rt, "ExtractString", "a,b;c", 2, ",") == "b;c"
    assert call(rt, "ExtractString", "a,b;c", 2, ";") == "c"
    assert call(rt, "ExtractString", "a,b;c", 1, ",", const("FromEnd")) == "b;c"
    assert call(rt, "ExtractString", "x,y", 1, ",") == "x"
    assert call(rt, "ExtractString", "a,b;c", 1, ",") == "a"
    assert len(cuts) == 5


def test_walks_of_many_texts_are_bounded_and_the_recent_ones_kept() -> None:
    rt = Runtime()
    first, nxt = const("firstRank"), const("nextRank")
    assert call(rt, "ExtractString", "keep,me", first, ",") == "keep"
    for i in range(200):  # each line of a file walked from its first field
        line = f"line{i},x"
        assert call(rt, "ExtractString", line, first, ",") == f"line{i}"
        if i % 10 == 0:  # the walk in progress is used again: it stays
            assert call(rt, "ExtractString", "keep,me", nxt, ",") in ("me", const("EOT"))
    walks = rt.state["strings.extract"]
    assert len(walks) == string_fields._WALKS_KEPT
    assert ("keep,me", repr([","])) in walks and ("line0,x", repr([","])) not in walks
    assert call(rt, "ExtractString", "line199,x", nxt, ",") == "x"
