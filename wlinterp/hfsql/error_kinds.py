"""The hErr... kind constants (hErrDuplicates/hErrDoublon, hErrIntegrity, hErrLock,
hErrModify): HOnError's bits, which `=` also finds equal to HError()'s number of their
kind, so `IF HError() = hErrDuplicates` after a refused HAdd is True.

Why a value of its own: HOnError combines the kinds with `+` (HFConstant.h's
eHERRORASSISTED bits: 1, 2, 4, 8), while HError() gives an error's number (70200 for a
duplicate, docs/hfsql.md "Errors"); WINDEV code tests both ways (`HOnError("*",
hErrLock + hErrDuplicates, "")`, `SI HErreur() = hErrDoublon ALORS`). The constant is
an int (its bit: arithmetic gives plain ints) whose equality also holds with its kind's
number, from either side of `=` (Python asks the subclass first), in `SWITCH`/`SELON`,
`IN` and `<>` too. *Decided* (docs/hfsql.md "HError compared with the hErr... kinds").
"""
from __future__ import annotations

__all__ = ["ErrorKind"]


class ErrorKind(int):
    """An HOnError kind bit that equals the HError() number of its kind too."""

    number: int

    def __new__(cls, bit: int, number: int) -> "ErrorKind":
        kind = super().__new__(cls, bit)
        kind.number = number
        return kind

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ErrorKind):
            return int(self) == int(other)
        return int(self) == other or other == self.number

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = int.__hash__

    def wl_num(self) -> "ErrorKind":
        """As a number (runtime/values.py to_num): itself, so a comparison that brings
        both sides to numbers still asks its equality; `+` gives a plain int."""
        return self

    def __repr__(self) -> str:
        return str(int(self))
