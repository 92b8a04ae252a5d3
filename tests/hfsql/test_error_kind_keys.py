"""An hErr... kind (hfsql/error_kinds.py) as a key: it hashes as the HError() number it
equals, so Python's sets and dicts agree with its equality with that number, and an
associative array keys it by that number; the other values keep their keys
(runtime/assoc_keys.py's `wl_key` hook is asked of no other kind)."""
from __future__ import annotations

from decimal import Decimal

from wlinterp.hfsql.error_kinds import ErrorKind
from wlinterp.runtime.assoc_keys import assoc_key
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


def test_a_kind_is_keyed_by_its_number() -> None:
    key = assoc_key(DUPLICATES)
    assert key == 70200 and type(key) is int


def test_other_keys_are_kept() -> None:
    assert assoc_key("abc") == "abc" and assoc_key(12) == 12
    date = DateText("20250105")
    assert assoc_key(date) is date
    assert assoc_key(True) == "1" and type(assoc_key(True)) is str
    assert assoc_key(1.5) == "1.5" and assoc_key(Decimal("2.50")) == "2.5"
