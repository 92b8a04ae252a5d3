"""Comparison operators on any two WLanguage values: `=` (reals to 10^-6), `<>`, `<`,
`<=`, `>`, `>=`, the flexible `~=` and `~~`, the string tests `[=`, `[=]`, `=]` and
their flexible forms, and `IN`. Conversions are values.py's (docs/semantics.md §5).
"""
from __future__ import annotations

__all__ = ["w_eq", "w_ne", "w_lt", "w_le", "w_gt", "w_ge", "w_flex_eq", "w_vflex_eq",
           "w_starts", "w_contains", "w_ends", "w_in", "is_missing", "present_value",
           "null_order", "null_equal"]

import re
from decimal import Decimal

from ..errors import WLRuntimeError

from .values import NumericHeld, common_numbers, to_str, whole_number
from ..lazy_regex import lazy_compile


def _cmp_pair(a: object, b: object) -> tuple[object, object]:
    """Operands brought to one comparable kind.

    Two strings compare as text; a string against a number compares as numbers when the
    string holds a number, as text otherwise (a date difference, DateGap, is its number
    of days: `d2 - d1 < "10"` compared "9" and "10" as texts); booleans count as 1/0.
    """
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return a, b
    if ta is str or tb is str:
        s, other = (a, b) if ta is str else (b, a)
        if isinstance(other, (int, float, Decimal)) and isinstance(s, str) \
                and whole_number(s):
            x, y = common_numbers(a, b)
            return x, y
        read = getattr(other, "wl_read_text", False)
        if read is None and isinstance(s, str) and whole_number(s):  # a date difference
            n = other.wl_num()  # type: ignore[attr-defined]  # (DateGap: its days, a number)
            return common_numbers(s, n) if ta is str else common_numbers(n, s)
        if read and isinstance(s, str):  # a Duration: the text read as one
            return (read(s), other.wl_num()) if ta is str else (other.wl_num(), read(s))  # type: ignore[attr-defined, operator]
        return to_str(a), to_str(b)
    if a is None or b is None:
        return (a is None, b is None) if a is None and b is None else (id(a), id(b))
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return common_numbers(a, b)
    if ta is tb and getattr(a, "wl_dated", False):  # two Dates, Times or DateTimes, one
        return str.__str__(a), str.__str__(b)  # a Variant's (`v = t`): their digits, as
        # two declared ones compare (a Time's hundredths stopped the run on one that is
        # no time, "about ten"; an invalid Date's number was a Python error)
    if hasattr(a, "wl_num") or hasattr(b, "wl_num"):  # a Duration orders by its length
        return _cmp_pair(a.wl_num() if hasattr(a, "wl_num") else a,
                         b.wl_num() if hasattr(b, "wl_num") else b)
    if isinstance(a, str) or isinstance(b, str):  # a Variant's Date or Time: its digits
        return _cmp_pair(to_str(a) if isinstance(a, str) else a,
                         to_str(b) if isinstance(b, str) else b)
    if _same_enumeration(a, b):  # by declared order (decided, docs/semantics.md
        return a.rank, b.rank  # type: ignore[attr-defined]  # "Enumerations")
    if _enumerations(a, b):  # two enumerations: no order between them (same page)
        raise WLRuntimeError(f"A value of the enumeration {a.enum} cannot be ordered "  # type: ignore[attr-defined]
                             f"against a value of the enumeration {b.enum}.")  # type: ignore[attr-defined]
    return id(a), id(b)


def _same_enumeration(a: object, b: object) -> bool:
    """Two values of one enumeration (runtime/enums.py WLEnumValue), which `<` and `>`
    order by their declared rank: a real logger keeps `IF level > threshold` (they
    compared by their places in memory)."""
    return getattr(a, "wl_type_name", None) == "enumeration" and type(a) is type(b) \
        and getattr(a, "enum", None) == getattr(b, "enum", 0) and hasattr(a, "rank")


def _enumerations(a: object, b: object) -> bool:
    """Two enumeration values (of two enumerations: one is ordered by rank above). They
    compared by their places in memory, a result that changed from run to run."""
    return getattr(a, "wl_type_name", None) == "enumeration" == \
        getattr(b, "wl_type_name", None) and hasattr(a, "enum") and hasattr(b, "enum")


def is_missing(v: object) -> bool:
    """A value that is not Null itself but counts as Null (`= Null`): a JSON member read
    but never written (stdlib/json_type.py `wl_missing`)."""
    return getattr(v, "wl_missing", False) is True


def present_value(v: object) -> object:
    """`x?!`: x's value; Null there is an error (Allowing nullable types ?1511031: the
    operator gets "the value of an element that allows null values"; what it does with
    Null INFERRED, docs/semantics.md "The null operators")."""
    if v is None or is_missing(v):
        raise WLRuntimeError("The operator ?! was given a Null value: test it first "
                             "(x = Null) or give a default with ?? (x ?? value).")
    return v


def null_order(op: str, a: object, b: object) -> bool:
    """`a < b` (or <=, >, >=) where an operand is declared nullable: False when either
    is Null (INFERRED, docs/semantics.md "Nullable values in operations")."""
    if a is None or b is None:
        return False
    return _ORDER_HELPERS[op](a, b)


def null_equal(a: object, b: object) -> bool:
    """`a = b` where an operand is declared nullable: a Null is equal to Null only (not
    to 0 or "" as a Variant's Null is: that is the older rule, ?1514019)."""
    if a is None or b is None:
        return a is None and b is None
    return w_eq(a, b)


def w_eq(a: object, b: object) -> bool:
    """Strict `=` (case-sensitive on strings)."""
    t = type(a)
    if t is type(b) and (t is Decimal or t is str or t is int or t is NumericHeld):
        return a == b  # exact: no conversion
    if a is None or b is None:  # a Null value against a value (not the `= Null` test,
        other = b if a is None else a  # compiled apart): equal to the empty one, as an
        return other is None or other == "" or (  # unassigned variant equals 0 and ""
            type(other) in _NUMBER_TYPES and other == 0) or is_missing(other)  # (help
            # ?1514019; a JSON member never written is Null)
    if t in _PLAIN and type(b) in _PLAIN:  # numbers, texts, booleans (the common mixes:
        return _plain_eq(a, b)             # int and real, text and number) have no
    if hasattr(a, "wl_equals"):            # wl_equals of their own to look up
        return a.wl_equals(b)
    if getattr(b, "wl_equals_either_side", False):  # (an hErr... kind on the right:
        return b.wl_equals(a)  # type: ignore[attr-defined]  # hfsql/error_kinds.py)
    return _plain_eq(a, b)


_PLAIN = frozenset((int, float, Decimal, str, bool, NumericHeld))


def _plain_eq(a: object, b: object) -> bool:
    """`=` once neither side has a comparison of its own: the operands brought to one
    kind (_cmp_pair); with a real on either side, to 10^-6 (a real against a currency or
    numeric, brought to a decimal: still to 10^-6, as between reals)."""
    x, y = _cmp_pair(a, b)
    if type(x) is float or type(y) is float or type(a) is float or type(b) is float:
        return _real_eq(x, y)
    return x == y


_NUMBER_TYPES = frozenset((int, float, Decimal, bool, NumericHeld))  # (a numeric's 0 too)
REAL_EQ_TOLERANCE = 1e-6
"""`=` on reals is accurate to 10^-6 (PC SOFT's "Reals" page)."""


def _real_eq(x: object, y: object) -> bool:
    try:
        return x == y or abs(x - y) < REAL_EQ_TOLERANCE  # type: ignore[operator]
    except TypeError:
        return False


def w_ne(a: object, b: object) -> bool:
    return not w_eq(a, b)


_ORDERED = frozenset({int, float, Decimal, str, NumericHeld})


def _order(a: object, b: object) -> tuple[object, object]:
    if a is None or b is None:
        return _null_as_empty(a, b)
    return _cmp_pair(a, b)


def _null_as_empty(a: object, b: object) -> tuple[object, object]:
    """A Variant's Null in `<`, `<=`, `>`, `>=` stands for the empty value of the other
    operand's kind, as it does in `=` and in a calculation (?1514019): 0 beside a number
    or Duration, "" beside a text, Date, Time or DateTime (so below every date). One
    rule for every kind (docs/semantics.md "Null"); an object or array has no empty value
    to order by, so Null beside one still stops the run."""
    other = b if a is None else a
    if other is None:
        return 0, 0
    if isinstance(other, (int, float, Decimal)) or hasattr(other, "wl_num"):
        n = other.wl_num() if hasattr(other, "wl_num") else other
        return (0, n) if a is None else (n, 0)
    if isinstance(other, str):
        text = str(other)
        return ("", text) if a is None else (text, "")
    raise WLRuntimeError("Null cannot be ordered.")


def w_lt(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a < b  # type: ignore[operator]
    x, y = _order(a, b)
    return x < y  # type: ignore[operator]


def w_le(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a <= b  # type: ignore[operator]
    x, y = _order(a, b)
    return x <= y  # type: ignore[operator]


def w_gt(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a > b  # type: ignore[operator]
    x, y = _order(a, b)
    return x > y  # type: ignore[operator]


def w_ge(a: object, b: object) -> bool:
    t = type(a)
    if t is type(b) and t in _ORDERED:  # two numbers (or strings) of one kind: as they are
        return a >= b  # type: ignore[operator]
    x, y = _order(a, b)
    return x >= y  # type: ignore[operator]


_SQUEEZE_RE = lazy_compile(r"[\W_]+", re.UNICODE)


def _flex(s: str) -> str:
    """Flexible form: case and accents folded, leading/trailing spaces removed."""
    from ..syntax.names import fold
    return fold(s.strip())


def _vflex(s: str) -> str:
    """Very flexible form: also without any space or punctuation."""
    from ..syntax.names import fold
    return _SQUEEZE_RE.sub("", fold(s))


def w_flex_eq(a: object, b: object) -> bool:
    """`~=`: equality ignoring case and leading/trailing spaces (strings only)."""
    if type(a) is str or type(b) is str:
        return _flex(to_str(a)) == _flex(to_str(b))
    return w_eq(a, b)


def w_vflex_eq(a: object, b: object) -> bool:
    """`~~`: also ignores spaces and punctuation everywhere."""
    if type(a) is str or type(b) is str:
        return _vflex(to_str(a)) == _vflex(to_str(b))
    return w_eq(a, b)


def _forms(a: object, b: object, mode: int, lead: bool) -> tuple[str, str]:
    x, y = to_str(a), to_str(b)
    if mode == 1:
        from ..syntax.names import fold
        x, y = fold(x), fold(y)
        x, y = (x.lstrip(), y.lstrip()) if lead else (x.rstrip(), y.rstrip())
    elif mode == 2:
        x, y = _vflex(x), _vflex(y)
    return x, y


def w_starts(a: object, b: object, mode: int = 0) -> bool:
    """`[=` (mode 0), `[~` (1: ignores case and leading spaces), `[~~` (2)."""
    x, y = _forms(a, b, mode, True)
    return x.startswith(y)


def w_contains(a: object, b: object, mode: int = 0) -> bool:
    """`[=]`, `[~]`, `[~~]`."""
    x, y = to_str(a), to_str(b)
    if mode == 1:
        x, y = _flex(x), _flex(y)
    elif mode == 2:
        x, y = _vflex(x), _vflex(y)
    return y in x


def w_ends(a: object, b: object, mode: int = 0) -> bool:
    """`=]`, `~]` (ignores case and trailing spaces), `~~]`."""
    x, y = _forms(a, b, mode, False)
    return x.endswith(y)


def w_in(v: object, *items: object) -> bool:
    """`v IN (a, b, c)`: strict equality with any item."""
    return any(w_eq(v, item) for item in items)


_ORDER_HELPERS = {"<": w_lt, "<=": w_le, ">": w_gt, ">=": w_ge}
