"""Key values written as HFSQL's binary strings: HBuildKeyValue's composite key value and
the hMinVal / hMaxVal marks that complete a bound (docs/hfsql.md, "Key values and bounds").

HFSQL builds a composite key value as one binary string and real code completes bounds
by concatenation: `HFilter(F, K, HBuildKeyValue(F, K, "Paris") + hMinVal,
HBuildKeyValue(F, K, "Paris") + hMaxVal)`. So the value stays a string here too: the
components' texts joined by a separator no data text holds, the marks being HFSQL's own
characters (0 and 255, from PC SOFT's C header). They are taken apart again where a key
value is used (searches and filter bounds) rather than compared as written: the database
compares the components under the key's collation, where character 255 would be "ÿ".
"""
from __future__ import annotations

__all__ = ["SEPARATOR", "MIN_VAL", "MAX_VAL", "build", "split", "key_parts", "components",
           "trailing_mark"]

from typing import Any

from ..runtime import values as V
from .itemtypes import TEXT_KINDS

SEPARATOR = "\x1e"  # between the components of a built composite key value
MIN_VAL = "\x00"    # hMinVal: the lowest value of what follows (nothing, for a bound)
MAX_VAL = "\xff"    # hMaxVal: the highest value of what follows (every continuation)


def build(values: tuple[Any, ...]) -> str:
    """HBuildKeyValue's result: the components' texts joined by the separator."""
    return SEPARATOR.join(V.to_str(v) for v in values)


def split(value: str) -> tuple[list[str], bool] | None:
    """A built key value or a bound with a mark taken apart: its components (trailing
    marks removed) and whether it ends with hMaxVal (the last component then matches
    everything that starts with it); None for a plain text."""
    if SEPARATOR not in value and value[-1:] not in (MIN_VAL, MAX_VAL):
        return None
    upper = value.rstrip(MIN_VAL).endswith(MAX_VAL) or value.endswith(MAX_VAL)
    parts = value.rstrip(MIN_VAL + MAX_VAL).split(SEPARATOR)
    return parts, upper


def key_parts(items: list[Any], parts: list[str]) -> list[str]:
    """A built key value's components (keyvalues.split): an empty last one, where the
    separator came just before hMinVal / hMaxVal (`HBuildKeyValue(Orders, CustomerDate,
    n, hMaxVal)`), is left out when its item is not text: the mark stands for every value
    of it (compared with "", a date or number component kept every record out of a
    filter's bounds). A text component keeps it: "" and its prefix end bound it."""
    if len(parts) > 1 and parts[-1] == "" and len(parts) <= len(items) \
            and items[len(parts) - 1].type.kind not in TEXT_KINDS:
        return parts[:-1]
    return parts


def components(items: list[Any], value: Any) -> list[Any]:
    """The values a key's items are sought with: an array `[v1, v2]`, HBuildKeyValue's
    value (or a text completed by hMinVal/hMaxVal), else one value for the first item;
    fewer values than items seek on the first ones, more are dropped. An array's last
    elements that are hMinVal or hMaxVal (`HFilter(Orders, CustomerDate, [n, hMinVal],
    [n, hMaxVal])`) stand for every value of their components, so they are left out as
    HBuildKeyValue's are (key_parts): sought as themselves, a component was compared
    with the character 0 (PostgreSQL then found nothing at all) or with "\xff", which
    the text keys' collation reads as a "y" (a filter on ["Paris", hMinVal] to ["Paris",
    hMaxVal] left out Yves and Zoé)."""
    if type(value) is str:
        parts = split(value)
        value = key_parts(items, parts[0]) if parts is not None else value
    elements = _elements(value)
    values = [value] if elements is None else elements
    while len(values) > 1 and _is_mark(values[-1]):
        values.pop()  # `[n, hMinVal]`, `[n, hMaxVal]`: every value of that component
    return values[:len(items)]


def _elements(value: Any) -> list[Any] | None:
    """A WLanguage array's (or a Python list's) elements, None for anything else."""
    inner = getattr(value, "items", None)  # a WLanguage array [v1, v2]
    return list(inner) if isinstance(inner, list) else (
        list(value) if isinstance(value, (list, tuple)) else None)


def _is_mark(value: Any) -> bool:
    return type(value) is str and value in (MIN_VAL, MAX_VAL)


def trailing_mark(value: Any) -> str:
    """The mark that follows an array value's kept components (`[n, hMaxVal]`: MAX_VAL),
    "" when none: components leaves it out, and where it stands gives its meaning. A
    lower bound or HReadSeekFirst's value ending with hMaxVal starts just after every
    record of the components before it (> n, not >= n), an upper bound or
    HReadSeekLast's value ending with hMinVal ends just before them (< m): left out
    without it, `HFilter(Orders, CustomerDate, [n, hMaxVal], [m, hMaxVal])` kept
    customer n's orders too."""
    values = _elements(value) or []
    mark = ""
    while len(values) > 1 and _is_mark(values[-1]):
        mark = values.pop()
    return mark
