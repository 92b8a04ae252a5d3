"""A property or member set on a variable declared a plain string, a number or a boolean:
`s..Foo = 1` and `s.Foo = 1` ("A string has no property 'Foo'.", as the read says), `n..Foo
= 1` ("A value of type integer has no property 'Foo'.", as `n..Foo` reads) stop the run there, and the check
said nothing (it judged reads only: value_properties.py). WL109 at the name, in the run's
words, asked of the run's own store on a sample value (runtime/date_parts.py with_part
for a string's part, runtime/access.py set_prop), so a part the run sets (`s..Year =
2020` on a string holding a date) is never refused.
"""
from __future__ import annotations

__all__ = ["simple_property_set", "string_member_set"]

from typing import TYPE_CHECKING, Any

from ..errors import WLRuntimeError
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .value_properties import buffer_variable, declared_simple, sample_of

if TYPE_CHECKING:
    from .checker_state import CheckerState

_DATE_DIGITS = "20240115"  # a string is asked holding a date, as for reads
# the type context a store reads only on a value that takes it (a string or a number
# refuses before)
_NO_CONTEXT: Any = None


def simple_property_set(fc: "CheckerState", e: N.Prop) -> None:
    """`s..Foo = v` / `n..Foo = v`, s a string, n a number or a boolean."""
    kind = declared_simple(fc, e.obj)
    if kind is None:
        if buffer_variable(fc, e.obj):
            _string_part_set(fc, e, "Buffer")
        return
    if kind == Kind.STRING:
        _string_part_set(fc, e)
    else:
        from ..runtime.access import set_prop
        _refused(fc, e, lambda: set_prop(sample_of(kind), fold(e.name), 1, _NO_CONTEXT),
                 ("has no property", "has no member"))  # (`n..Value = 4`: no member)


def string_member_set(fc: "CheckerState", e: N.Member) -> None:
    """`s.Foo = v`, s a string: the run stores it as `s..Foo = v` (compiler/stores.py
    member_as_property), so it is judged so, in the same words: "A string has no
    property 'Foo'", "The property 'Length' of a string cannot be set". A part the run
    sets on a string holding a date (`s.Year = 2020`) is never refused."""
    if declared_simple(fc, e.obj) == Kind.STRING:
        _string_part_set(fc, e)
    elif buffer_variable(fc, e.obj):
        _string_part_set(fc, e, "Buffer")


def _string_part_set(fc: "CheckerState", e: N.Prop | N.Member, shown: str = "") -> None:
    """WL109 for a property set on a string (or Buffer: `shown`) variable that no string
    takes, asked of the run's own store (runtime/date_parts.py with_part) on a string
    holding a date."""
    from ..runtime.date_parts import with_part
    _refused(fc, e, lambda: with_part(_DATE_DIGITS, fold(e.name), 1, shown),
             ("cannot be set", "has no property"))


def _refused(fc: "CheckerState", e: N.Prop | N.Member, store: Any,
             words: str | tuple[str, ...]) -> None:
    """WL109 with the run's refusal of `store()` when it says `words` (one of them)."""
    try:
        store()
        return
    except WLRuntimeError as err:
        said = str(err)
    if not any(w in said for w in ((words,) if isinstance(words, str) else words)):
        return
    said = said.replace(f"'{fold(e.name)}'", f"'{e.name}'").rstrip(".")
    col = fc.rep.find(e.line, e.col, e.name)
    d = fc.rep.report("WL109", said, e, len(e.name), col=col)
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
