"""The keys of associative arrays: the dictionary key a WLanguage key is stored under
(`assoc_key`), and the distinct keys that keep the elements of an associative array
declared WithDuplicates apart (`DupKey`). The arrays themselves are containers.py's.
"""
from __future__ import annotations

__all__ = ["DupKey", "assoc_key"]

from . import values as V


class DupKey(str):
    """The key of a second (third...) element written under the same key in an
    associative array declared WithDuplicates: the same text (FOR EACH, JSON show it
    as the key), but a dictionary key of its own, so the elements keep their order."""

    __slots__ = ("serial",)
    serial: int

    def __new__(cls, text: str, serial: int) -> "DupKey":
        key = super().__new__(cls, text)
        key.serial = serial
        return key

    def __hash__(self) -> int:
        return hash((str(self), self.serial))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DupKey) and str(self) == str(other) \
            and self.serial == other.serial

    __ne__ = lambda self, other: not self.__eq__(other)  # noqa: E731


def assoc_key(key: object) -> object:
    """The dictionary key an associative array stores `key` under; a value with a key of
    its own gives it (`wl_key`: an HFSQL error kind, hErrDuplicates, is keyed by the
    HError() number it equals, hfsql/error_kinds.py)."""
    if type(key) is str or type(key) is int:
        return key
    own = getattr(key, "wl_key", None)
    if own is not None:
        return own()
    return key if isinstance(key, (str, int)) and not isinstance(key, bool) else V.to_str(key)
