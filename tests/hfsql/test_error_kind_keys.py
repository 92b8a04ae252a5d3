"""An hErr... kind (hfsql/error_kinds.py) as a key: it hashes as the HError() number it
equals, and Python's equality (which sets and dicts use) is with that number only, so no
two equal values hash apart; WLanguage's `=` still finds it equal to its bit too; an
associative array keys it by that number; the other values keep their keys
(runtime/assoc_keys.py's `wl_key` hook is asked of no other kind)."""
from __future__ import annotations

from decimal import Decimal

from wlinterp.hfsql.error_kinds import ErrorKind
from wlinterp.runtime.assoc_keys import assoc_key
from wlinterp.runtime.comparisons import w_eq, w_in, w_ne
from wlinterp.runtime.dated_values import DateText

DUPLICATES = ErrorKind(4, 70200)


def test_a_kind_hashes_as_its_number() -> None:
    assert DUPLICATES == 70200 and hash(DUPLICATES) == hash(70200)
    assert {DUPLICATES: "d"}[70200] == "d"
    assert {70200: "n"}[DUPLICATES] == "n"
    assert len({DUPLICATES, 70200}) == 1
    assert 70200 in {DUPLICATES} and DUPLICATES in {70200}
    assert len({DUPLICATES, ErrorKind(4, 70200)}) == 1
    assert len({DUPLICATES, ErrorKind(1, 70300)}) == 2


def test_python_equality_agrees_with_the_hash() -> None:
    """`{4: x}[hErrDuplicates]` missed while `hErrDuplicates == 4` was True: Python's
    equality is now the number's only, so every value equal to a kind hashes as it."""
    kinds = [DUPLICATES, ErrorKind(1, 70400), ErrorKind(8, 70300)]
    others: list[object] = [0, 1, 4, 8, 70200, 70300, 70400, "4", "70200", None,
                            *kinds]
    for kind in kinds:
        for other in others:
            if kind == other or other == kind:
                assert hash(kind) == hash(other), (kind.number, other)
    assert DUPLICATES != 4 and not (4 == DUPLICATES)
    assert {4: "bit"}.get(DUPLICATES) is None and 4 not in {DUPLICATES}
    assert {DUPLICATES: "d"}.get(4) is None
    assert len({DUPLICATES, 4, 70200}) == 2
    # from the kind's side a real is compared with the number too (a float's or a bool's own
    # equality, asked first from its side, sees the int the kind is: its bit)
    assert DUPLICATES == 70200.0 and DUPLICATES != 4.0


def test_wlanguage_equality_keeps_the_bit() -> None:
    """`=` (runtime/comparisons.py w_eq) from either side: the bit and the number, and
    what a number converts from (a string holding it)."""
    for other in (4, 70200, 4.0, "4", "70200", Decimal(70200)):
        assert w_eq(DUPLICATES, other) and w_eq(other, DUPLICATES), other
        assert not w_ne(DUPLICATES, other) and not w_ne(other, DUPLICATES)
    for other in (5, 8, 70300, "x", ErrorKind(8, 70300)):
        assert not w_eq(DUPLICATES, other) and not w_eq(other, DUPLICATES), other
    assert w_in(4, DUPLICATES) and w_in(DUPLICATES, 70200)
    assert w_eq(DUPLICATES, ErrorKind(4, 70200))


def test_a_kind_is_keyed_by_its_number() -> None:
    key = assoc_key(DUPLICATES)
    assert key == 70200 and type(key) is int


def test_other_keys_are_kept() -> None:
    assert assoc_key("abc") == "abc" and assoc_key(12) == 12
    date = DateText("20250105")
    assert assoc_key(date) is date
    assert assoc_key(True) == "1" and type(assoc_key(True)) is str
    assert assoc_key(1.5) == "1.5" and assoc_key(Decimal("2.50")) == "2.5"
