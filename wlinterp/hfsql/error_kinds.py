"""The hErr... kind constants (hErrDuplicates/hErrDoublon, hErrIntegrity, hErrLock,
hErrModify): HOnError's bits, which `=` also finds equal to HError()'s number of their
kind, so `IF HError() = hErrDuplicates` after a refused HAdd is True.

Why a value of its own: HOnError combines the kinds with `+` (HFConstant.h's
eHERRORASSISTED bits: 1, 2, 4, 8), while HError() gives an error's number (70200 for a
duplicate, docs/hfsql.md "Errors"); WINDEV code tests both ways (`HOnError("*",
hErrLock + hErrDuplicates, "")`, `SI HErreur() = hErrDoublon ALORS`). The constant is
an int (its bit: arithmetic gives plain ints) whose `=` also holds with its kind's
number, from either side of `=`, in `SWITCH`/`SELON`,
`IN` and `<>` too. *Decided* (docs/hfsql.md "HError compared with the hErr... kinds").

As a key (an associative array's, a Python set's or dict's) a kind is its HError() number:
it hashes as that number and an associative array stores it as that number, so
`aa[hErrDuplicates]` and `aa[HError()]` after a duplicate are one element. No hash agrees
with an equality to two numbers, so Python's `==` (what sets and dicts ask) is the
number's only, as the hash is (`{4: x}[hErrDuplicates]` missed while `hErrDuplicates == 4`
was True); WLanguage's `=` asks `wl_equals` (runtime/comparisons.py w_eq, from either
side), which keeps the bit too.
"""
from __future__ import annotations

__all__ = ["ErrorKind"]


class ErrorKind(int):
    """An HOnError kind bit that equals the HError() number of its kind too."""

    number: int
    wl_equals_either_side = True  # `4 = hErrDuplicates` asks it too (comparisons.py w_eq)

    def __new__(cls, bit: int, number: int) -> "ErrorKind":
        kind = super().__new__(cls, bit)
        kind.number = number
        return kind

    def __eq__(self, other: object) -> bool:
        """Python's equality (dicts, sets) agrees with the hash: the HError() number."""
        if isinstance(other, ErrorKind):
            return self.number == other.number
        return other == self.number

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self.number)

    def wl_equals(self, other: object) -> bool:
        """WLanguage's `=` (runtime/comparisons.py w_eq, from either side): its bit or
        its kind's HError() number."""
        if isinstance(other, ErrorKind):
            return self.number == other.number
        from ..runtime.comparisons import w_eq  # ("4" = hErrDuplicates: as numbers)
        return w_eq(int(self), other) or w_eq(self.number, other)

    def wl_key(self) -> int:
        """Its key in an associative array (runtime/assoc_keys.py): its HError() number."""
        return self.number

    def wl_num(self) -> "ErrorKind":
        """As a number (runtime/values.py to_num): itself, so a comparison that brings
        both sides to numbers still asks its equality; `+` gives a plain int."""
        return self

    def __repr__(self) -> str:
        return str(int(self))
