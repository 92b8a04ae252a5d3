"""The lexer tries the Duration-literal pattern only after a number that a unit's first
character follows (syntax/token_patterns.py duration_may_follow): the test before it must
never turn away a text the pattern takes, or `3 min` would read as a number and a name."""
from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from wlinterp.syntax.lexer import tokenize
from wlinterp.syntax.token_patterns import (_UNIT, DURATION_RE, DURATION_UNIT_STARTS,
                                            duration_may_follow)


def test_the_unit_starts_are_every_character_the_pattern_starts_a_unit_with() -> None:
    # each alternative of the unit words, read as the pattern reads it (IGNORECASE)
    firsts = {word[0] for word in re.findall(r"[a-z]+", _UNIT.split(")")[0])}
    assert firsts == set("mcshdj")
    first = re.compile("[" + "".join(sorted(firsts)) + "]", re.IGNORECASE)
    taken = {chr(c) for c in range(sys.maxunicode + 1) if first.fullmatch(chr(c))}
    assert taken == DURATION_UNIT_STARTS  # 'ſ' (U+017F) included: IGNORECASE's long s


# blanks, unit letters in both cases, the long s, digits, brackets, what ends a word
_PIECES = st.text(alphabet=" \t\u00a0\u202fmMsSiInNcChHdDjJſ0123456789_.([ex+", max_size=14)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(_PIECES)
def test_the_test_never_turns_away_what_the_pattern_takes(text: str) -> None:
    for at in range(len(text) + 1):
        if DURATION_RE.match(text, at) is not None:
            assert duration_may_follow(text, at), (text, at)


def _kinds(source: str) -> list[tuple[str, str]]:
    return [(t.type, t.value) for t in tokenize(source) if t.type not in ("NL", "$END")]


def test_durations_in_any_case_and_after_blanks_still_read_as_durations() -> None:
    assert ("DURATION", "3 MIN 30 s") in _kinds("d = 3 MIN 30 s\n")
    assert ("DURATION", "500\u00a0ms") in _kinds("d = 500\u00a0ms\n")
    assert ("DURATION", "2J") in _kinds("d = 2J\n")
    assert ("NUMBER", "3") in _kinds("x = 3 + min\n")  # a number and a name: no duration
