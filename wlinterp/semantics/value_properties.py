"""Properties of a variable declared of a built-in simple type (Date, Time, DateTime,
Duration, string, and a number or a boolean: `n..Foo`), or an array (`t..NombreLignes`:
"Arrays have no property 'NombreLignes'."), as the semantic pass checks them: `d..JourSemaine`, `du..EnMinute`,
`s..Lenght`, a property that type does not have (in English or French, any case, with or
without accents), stops the run ("A Date has no property 'JourSemaine'"); `wl check`
says so before (WL109), at the property's name, and the run stops there with the same
words.

Which names a type has is asked of the run-time code itself, on a sample value of the
type (runtime/dated_props.py `part_of`, runtime/access.py `get_prop`): the one place
that decides it, so the check cannot refuse what the run accepts. A string is asked with
a date's digits, so a string holding a date keeps its `..Year` (DateSys() gives one).
"""
from __future__ import annotations

__all__ = ["member_refusal", "value_property", "part_property_set", "procedure_member",
           "declared_simple", "sample_of", "buffer_variable"]

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import WLRuntimeError
from ..runtime.kinds import Kind
from ..runtime.values import NumericHeld
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from .checker_state import CheckerState

# declared kind -> the name the run's error gives it
_SHOWN: dict[str, str] = {Kind.DATE: "Date", Kind.TIME: "Time", Kind.DATETIME: "DateTime",
          Kind.DURATION: "Duration", Kind.STRING: "string", Kind.INT: "", Kind.REAL: "",
          Kind.BOOLEAN: "", Kind.CURRENCY: "", Kind.NUMERIC: "",
          Kind.PROCEDURE: "", Kind.ARRAY: ""}  # ("": the run's words)
# a sample value of each number kind, asked as the run asks it (`n..Foo`: "A value of
# type integer has no property 'Foo'.")
_SAMPLES: dict[str, Any] = {Kind.INT: 5, Kind.REAL: 2.5, Kind.BOOLEAN: True,
                            Kind.CURRENCY: Decimal("1.5"), Kind.NUMERIC: NumericHeld("1.5")}
_DATED = (Kind.DATE, Kind.TIME, Kind.DATETIME)
# the kinds whose `x.Name` the run reads as `x..Name`: a string's `s.Occurrence` stops it
# with "A string has no property 'Occurrence'" (a number's `n.Foo` is WL109 "no members")
_READ_AS_PROPERTY = _DATED + (Kind.STRING,)
# properties the compiler answers before asking the value (compiler/exprs.py x_Prop)
_ANSWERED = frozenset({"type", "class", "classe"})


def value_property(fc: "CheckerState", e: N.Prop | N.Member) -> None:
    """WL109 for `x..Name` (or `x.Name` on a Date, Time, DateTime or string, read as `x..Name`)
    where x is a variable declared of a built-in simple type that has no property Name."""
    kind = _declared(fc, e.obj)
    shown = _SHOWN[kind] if kind is not None else ""
    if kind is None and buffer_variable(fc, e.obj):  # `b..Foo`: the run reads a Buffer's
        kind, shown = Kind.STRING, "Buffer"  # properties as a string's, naming the Buffer
    member = type(e) is N.Member
    if kind is None or (member and kind not in _READ_AS_PROPERTY):
        return
    key = fold(e.name)
    if (key in _ANSWERED and not member) or has_property(kind, key):
        return  # (`s.Type` is no `s..Type`: the run asks the string, which refuses it)
    from ..runtime.date_parts import no_property
    col = fc.rep.find(e.line, e.col, e.name)
    said = no_property(shown, e.name) if shown else _refusal(kind, e.name)
    d = fc.rep.report("WL109", said.rstrip("."), e, len(e.name), col=col,
                      hint=_nearest(kind, e.name))
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there


def part_property_set(fc: "CheckerState", e: N.Prop | N.Member) -> None:
    """WL109 for `du..Year = 2`, `d..Hour = 5`, `t..Day = 3`: x a variable declared a
    Duration, Date, Time or DateTime, the property one such a value cannot be given
    (asked of the run's own code, runtime/dated_props.py with_part_of): the run stops
    there with these words, at the property's name (`d..Hour = 5` changed nothing, in
    silence, and the check said nothing)."""
    kind = _declared(fc, e.obj)
    sample = _PART_SAMPLES.get(kind) if kind is not None else None
    if kind is None or sample is None:
        return
    from ..runtime.dated_props import with_part_of
    shown = f"A {_SHOWN[kind]} has no property"
    try:
        with_part_of(sample(), fold(e.name), 1, str(kind))
        return
    except WLRuntimeError as err:
        if not str(err).startswith(shown):
            return
        said = str(err).replace(f"'{fold(e.name)}'", f"'{e.name}'").rstrip(".")
    col = fc.rep.find(e.line, e.col, e.name)
    d = fc.rep.report("WL109", said, e, len(e.name), col=col)
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there


def _duration_sample() -> Any:
    from ..runtime.durations import WLDuration
    return WLDuration(5_400_000)


_PART_SAMPLES: dict[str, Any] = {Kind.DURATION: _duration_sample, Kind.DATE: lambda: "20240115",
                 Kind.TIME: lambda: "103000000", Kind.DATETIME: lambda: "20240115103000000"}
"""A sample value of each kind whose parts can be set, as the run holds it"""


def procedure_member(fc: "CheckerState", e: N.Prop | N.Member, assigning: bool) -> None:
    """WL109 for `p.Size`, `p.Name = "x"` or `p..Name = "x"`, p a variable declared a
    Procedure: its value has no members and its one property (Name, ?1000018907 /
    docs/semantics.md) is read only. The run stops there with these words ("A value of
    type procedure has no member 'Size'."), at the name; it stopped at the statement's
    start for a read, and the check said nothing."""
    if (type(e) is N.Prop and not assigning) or _declared(fc, e.obj) != Kind.PROCEDURE:
        return  # (`p..Size` read: value_property, with the property's words)
    col = fc.rep.find(e.line, e.col, e.name)
    d = fc.rep.report("WL109", f"A value of type procedure has no member '{e.name}'", e,
                      len(e.name), col=col, hint="its one property is ..Name, read only")
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there


def _declared(fc: "CheckerState", obj: N.Expr) -> str | None:
    """The kind of `obj` when it is a variable declared a Date, Time, DateTime, Duration,
    plain string (not a Buffer nor a Character), number or boolean (not a combination's),
    else None."""
    if type(obj) is not N.Name:
        return None
    var = fc.scope.lookup(fold(obj.name))
    spec = getattr(var, "spec", None)
    if spec is None or spec.kind not in _SHOWN:
        return None
    if spec.kind == Kind.STRING and spec.name not in ("", "unicode") \
            or spec.kind == Kind.INT and fc.sym.enum_types and spec in \
            fc.sym.enum_types.values():  # (a combination's variable: its values' own)
        return None
    return str(spec.kind)


# How the hint spells the properties it may suggest (which a type has: has_property)
_SPELLINGS = ("Year", "Année", "Month", "Mois", "Day", "Jour", "DayOfWeek", "JourDeLaSemaine",
              "Hour", "Heure", "Minute", "Second", "Seconde", "Millisecond", "Milliseconde",
              "Date", "Time", "PartieDate", "PartieHeure", "InMilliseconds", "EnMillisecondes", "InSeconds", "EnSecondes",
              "InMinutes", "EnMinutes", "InHours", "EnHeures", "InDays", "EnJours", "Length",
              "Taille", "Value", "Valeur", "Name", "Nom", "Occurrence", "Empty", "Vide")
# names of other languages and libraries for a property WLanguage names otherwise
_OTHER_NAMES = {"weekday": "DayOfWeek", "dayoftheweek": "DayOfWeek",
                "joursemaine": "JourDeLaSemaine"}


def _nearest(kind: str, name: str) -> str | None:
    """"did you mean DayOfWeek?" for `d..WeekDay`, or None."""
    from .suggest import closest
    other = _OTHER_NAMES.get(fold(name))
    best = other if other is not None and has_property(kind, fold(other)) else closest(
        name, [s for s in _SPELLINGS if has_property(kind, fold(s))])
    return f"did you mean {best}?" if best else None


@lru_cache(maxsize=None)
def has_property(kind: str, key: str) -> bool:
    """Does a value of `kind` have the property `key` (folded) when the program runs?
    Any answer but "has no property" (a value, another error) counts as having it."""
    said = _refusal(kind, key)
    return "has no property" not in said and "have no property" not in said


def _refusal(kind: str, name: str) -> str:
    """The run's error reading the property `name` of a value of `kind` ("" if none)."""
    try:
        _read(kind, fold(name) if kind in _SAMPLES or kind in (Kind.PROCEDURE, Kind.ARRAY)
              else name)
    except WLRuntimeError as err:
        return str(err).replace(f"'{fold(name)}'", f"'{name}'")
    return ""


def _read(kind: str, key: str) -> Any:
    from ..runtime.access import get_prop
    from ..runtime.dated_props import part_of
    from ..runtime.durations import WLDuration
    if kind == Kind.DATE:
        return part_of("20240115", key, "date")
    if kind == Kind.TIME:
        return part_of("103000000", key, "time")
    if kind == Kind.DATETIME:
        return part_of("20240115103000000", key, "datetime")
    if kind == Kind.DURATION:
        return get_prop(WLDuration(5_400_000), key)
    if kind == Kind.PROCEDURE:
        from ..runtime.procrefs import WLProcRef
        return WLProcRef("P", print, False).wl_prop(key)
    if kind in _SAMPLES:
        return get_prop(_SAMPLES[kind], key)
    if kind == Kind.ARRAY:  # `t..NombreLignes`: "Arrays have no property 'NombreLignes'."
        from ..runtime.containers import WLArray
        from ..runtime.types import K_INT, TypeSpec
        return get_prop(WLArray(TypeSpec(K_INT), [], (), None), key)
    return get_prop("20240115", key)


def buffer_variable(fc: "CheckerState", obj: N.Expr) -> bool:
    """Is `obj` a variable declared a Buffer? Its value is held as text, so the run reads
    and stores its properties as a string's, naming the Buffer (compiler/stores.py; a
    read stops where the check's WL109 is: compiler/exprs.py x_Prop call_error)."""
    if type(obj) is not N.Name:
        return False
    spec = getattr(fc.scope.lookup(fold(obj.name)), "spec", None)
    return spec is not None and spec.kind == Kind.STRING and spec.name == "buffer"


def declared_simple(fc: "CheckerState", obj: N.Expr) -> str | None:
    """The kind of `obj` when it is a variable declared a plain string, a number or a
    boolean (not a date nor a duration), else None: what `obj.M()` is asked of."""
    kind = _declared(fc, obj)
    return kind if kind in _SAMPLES or kind == Kind.STRING else None


def member_refusal(kind: str, name: str) -> str:
    """The run's words for `x.Name`, read or set, on a variable declared a number or a
    boolean (`kind`), asked of its own get_member on a sample value (runtime/access.py):
    "A value of type integer has no member 'Name'", named as written, without the period.
    (The check said "'Name' is not a member of 'x': a value of type int has no members".)"""
    from ..runtime.access import get_member
    try:
        get_member(sample_of(kind), fold(name), name)
    except WLRuntimeError as err:
        return str(err).replace(f"'{fold(name)}'", f"'{name}'").rstrip(".")
    return f"A value of type {kind} has no member '{name}'"


def sample_of(kind: str) -> Any:
    """A value of a kind `declared_simple` gives, as the run holds it."""
    return _SAMPLES.get(kind, "abc")
