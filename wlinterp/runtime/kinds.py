"""The names of types, defined once: `Kind` is what a declaration says a variable is
(`TypeSpec.kind`), `SType` is what the compiler and the semantic pass know statically
about the values an expression yields.

Both are `StrEnum`s: a member equals its text (`Kind.INT == "int"`), hashes like it and
formats as it, so tables keyed by text and messages keep working; `repr()` gives the
bare quoted text too, because generated Python code embeds kinds with `!r`. The words a
user writes for a type (EN/FR: `entier`, `chaîne`...) live in syntax/words.py and
runtime/type_phrases.py's table; these are the internal names those words map to.
"""
from __future__ import annotations

__all__ = ["Kind", "SType", "STATIC_OF_KIND", "NUMERIC", "COMPOSITE",
           "K_INT", "K_REAL", "K_STRING", "K_BOOLEAN", "K_CURRENCY", "K_NUMERIC", "K_DATE",
           "K_TIME", "K_DATETIME", "K_DURATION", "K_VARIANT", "K_ARRAY", "K_ASSOC", "K_STRUCT",
           "K_OBJECT", "K_PROCEDURE", "KindNames", "STypeNames"]

from enum import StrEnum
from typing import TYPE_CHECKING


class _Text(StrEnum):
    def __repr__(self) -> str:
        return str.__repr__(self.value)


class Kind(_Text):
    """The kind of a declared type."""

    INT = "int"  # 1, 2, 4 or 8 bytes, signed or not (TypeSpec.bits / .unsigned)
    REAL = "real"
    STRING = "string"
    BOOLEAN = "boolean"
    CURRENCY = "currency"
    NUMERIC = "numeric"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    DURATION = "duration"
    VARIANT = "variant"
    ARRAY = "array"
    ASSOC = "assoc"  # associative array
    STRUCT = "struct"  # structure or class (TypeSpec.name)
    OBJECT = "object"  # a built-in object type (Email, emailSMTPSession...)
    PROCEDURE = "procedure"  # a variable holding a procedure


class SType(_Text):
    """What is statically known of a value: the compiler emits native Python operators
    when both operands' STypes allow it, and the semantic pass checks operands with it."""

    INT = "int"  # a Python int
    REAL = "real"  # a Python float
    STR = "str"  # a Python str
    BOOL = "bool"
    DEC = "dec"  # a Decimal (currency, numeric)
    DATE = "date"  # a "YYYYMMDD" string that + and - treat as days
    TIME = "time"  # "HHMMSSCC": - gives a duration
    DATETIME = "datetime"  # "YYYYMMDDHHMMSSCCC"
    ARRAY = "array"  # a WLArray
    STRUCT = "struct"  # a WLStruct (structure or class instance)
    OBJECT = "object"  # an associative array or built-in object
    LIST = "list"  # an array literal `[1, 2]`, not yet an array value
    TUPLE = "tuple"  # `(a, b)`: several values at once (multiple assignment, RESULT)
    NONE = "none"  # RETURN without a value
    ANY = "any"  # only known at run time


# The kinds as module names, for run-time code that compares a kind on every typed store
# (runtime/types.py): reading `Kind.INT` costs five times reading a global in Python 3.11.
(K_INT, K_REAL, K_STRING, K_BOOLEAN, K_CURRENCY, K_NUMERIC, K_DATE, K_TIME, K_DATETIME,
 K_DURATION, K_VARIANT, K_ARRAY, K_ASSOC, K_STRUCT, K_OBJECT, K_PROCEDURE) = Kind

# The members again, as attributes of plain classes (`STypeNames.INT is SType.INT`): in
# Python 3.11 reading `SType.INT` costs about five times reading a plain class attribute
# (0.47 against 0.09 microseconds), and code generation compares static types some 140
# times per procedure. The compiler reads them here; for the type checker they are the
# enums themselves.
if TYPE_CHECKING:
    KindNames = Kind
    STypeNames = SType
else:
    KindNames = type("KindNames", (), {m.name: m for m in Kind})
    STypeNames = type("STypeNames", (), {m.name: m for m in SType})

STATIC_OF_KIND: dict[Kind, SType] = {
    Kind.INT: SType.INT, Kind.REAL: SType.REAL, Kind.STRING: SType.STR,
    Kind.BOOLEAN: SType.BOOL, Kind.CURRENCY: SType.DEC, Kind.NUMERIC: SType.DEC,
    Kind.DATE: SType.DATE, Kind.TIME: SType.TIME, Kind.DATETIME: SType.DATETIME,
    Kind.ARRAY: SType.ARRAY, Kind.STRUCT: SType.STRUCT, Kind.OBJECT: SType.OBJECT,
    Kind.ASSOC: SType.OBJECT,
}
"""The SType of every value a variable of a kind holds (absent: ANY)."""

NUMERIC = frozenset({SType.INT, SType.REAL, SType.BOOL})
"""STypes Python's own arithmetic and comparisons handle as WLanguage does."""

COMPOSITE = frozenset({SType.ARRAY, SType.STRUCT, SType.OBJECT})
"""STypes that are containers: no arithmetic, compared by identity."""
