"""Several syntaxes of one procedure or method (prototype overloading, help ?1514063):
which syntax a call runs, from the number and the types of its arguments.

The same rules serve the semantic pass, which decides when it knows the kind of every
argument (semantics/overloads.py: the compiler then calls that syntax directly), and run
time, which decides from the values passed (`overload_dispatcher`), so `wl check` and
`wl run` agree. docs/semantics.md "Several syntaxes of one procedure" states the rules and
what of them is decided here rather than read in the help.
"""
from __future__ import annotations

__all__ = ["ArgKind", "Syntax", "OverloadTable", "choose", "value_kind", "no_syntax",
           "ambiguous", "overload_dispatcher", "chosen_syntax"]

from decimal import Decimal
from typing import Any, Callable

from ..errors import WLRuntimeError
from ..records import record
from .assoc_arrays import WLAssoc
from .containers import WLArray, WLStruct
from .durations import WLDuration
from .kinds import Kind
from .types import TypeSpec

# What is known of one argument: (its kind, the classes it is an instance of, nearest
# first: a class's lineage, an object type's name); None: not known (a variant, an
# expression: only its value will tell).
ArgKind = tuple[str, tuple[str, ...]] | None

_NUMBERS = frozenset({Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC, Kind.BOOLEAN})
_TEXTS = frozenset({Kind.STRING, Kind.DATE, Kind.TIME, Kind.DATETIME})
_SIMPLE = _NUMBERS | _TEXTS
_NULL = "null"  # the kind of Null passed (a variant not assigned, an object not made)


@record(frozen=True)
class Syntax:
    """One syntax as calls see it: how many arguments it takes and its parameters' types
    (None: untyped, a variant), and how it is shown in messages."""

    required: int
    most: int | None  # None: `*`, any number more
    params: tuple[TypeSpec | None, ...]
    shown: str  # `Affiche(s is string)`

    def takes(self, n: int) -> bool:
        return self.required <= n and (self.most is None or n <= self.most)


def fit(param: TypeSpec | None, arg: ArgKind) -> int:
    """How well an argument fits a parameter: 0 not at all (an object of another class,
    a value where an array is expected...); 2 a conversion between a number and a text,
    3 between two numbers or two texts; 4 any value into an untyped parameter (no
    conversion: better than one); 32 the type itself, for classes the argument's own
    class, one less per generation up to the parameter's class."""
    if param is None or param.kind == Kind.VARIANT:
        return 4
    if arg is None:
        raise LookupError  # (callers ask only with every kind known)
    kind, classes = arg
    want = param.kind
    if kind == _NULL:  # Null: an object reference, or any simple value's "nothing"
        return 3 if want in (Kind.STRUCT, Kind.OBJECT) else 2
    if want == Kind.STRUCT:
        if kind != Kind.STRUCT or param.name not in classes:
            return 0
        return _EXACT - min(classes.index(param.name), 16)
    if want == Kind.OBJECT:
        return _EXACT if kind == Kind.OBJECT and param.name in classes else 0
    if kind == want:
        return _EXACT
    if want in _SIMPLE and kind in _SIMPLE:
        return 3 if (want in _NUMBERS) == (kind in _NUMBERS) else 2
    return 0


_EXACT = 32


def choose(syntaxes: list[Syntax], kinds: list[ArgKind]) -> tuple[int | None, list[int]]:
    """(the syntax a call with arguments of these kinds runs, the syntaxes in play):
    the syntaxes that take that many arguments; of them, those where every argument fits;
    of those, the one that fits every argument at least as well as each other one and
    one argument better. Several left: the one using no default value, if only one does.
    (None, []) when none takes the arguments, (None, the tied ones) when ambiguous.
    Every kind must be known, unless the count alone decides."""
    n = len(kinds)
    able = [i for i, s in enumerate(syntaxes) if s.takes(n)]
    if len(able) <= 1:
        return (able[0] if able else None), able
    scores: dict[int, list[int]] = {}
    for i in able:
        params = syntaxes[i].params
        row = [fit(params[k] if k < len(params) else None, kinds[k]) for k in range(n)]
        if all(row):
            scores[i] = row
    best = [i for i in scores
            if not any(_better(scores[j], scores[i]) for j in scores if j != i)]
    if len(best) > 1:
        exact = [i for i in best if len(syntaxes[i].params) == n and syntaxes[i].most == n]
        if len(exact) == 1:
            best = exact
    if len(best) == 1:
        return best[0], best
    return None, best or []


def _better(a: list[int], b: list[int]) -> bool:
    """Does a fit at least as well as b everywhere, and better somewhere?"""
    return a != b and all(x >= y for x, y in zip(a, b))


def value_kind(value: Any) -> ArgKind:
    """The kind of a value passed, as run time sees it: a date, a time or a datetime is
    its text (runtime/values.py), so it counts as a string here."""
    t = type(value)
    if t is bool:
        return (Kind.BOOLEAN, ())
    if t is int:
        return (Kind.INT, ())
    if t is float:
        return (Kind.REAL, ())
    if value is None:
        return (_NULL, ())
    if isinstance(value, str):
        return (Kind.STRING, ())
    if isinstance(value, Decimal):
        return (Kind.NUMERIC, ())
    if isinstance(value, WLStruct):
        return (Kind.STRUCT, tuple(value.sdef.lineage()))
    if isinstance(value, WLArray):
        return (Kind.ARRAY, ())
    if isinstance(value, WLAssoc):
        return (Kind.ASSOC, ())
    if isinstance(value, WLDuration):
        return (Kind.DURATION, ())
    return (Kind.OBJECT, (getattr(value, "wl_type_name", type(value).__name__).lower(),))


def no_syntax(name: str, syntaxes: list[Syntax], n: int, by_type: bool = False) -> str:
    """The error of a call no syntax takes (its count, or its arguments' types)."""
    why = "these parameters" if by_type else f"{n} parameter(s)"
    return f"no syntax of {name} takes {why}; its syntaxes: " + \
        ", ".join(s.shown for s in syntaxes)


def ambiguous(name: str, syntaxes: list[Syntax], tied: list[int]) -> str:
    """The error of a call two syntaxes or more take equally well."""
    return f"ambiguous call of {name}: " + " and ".join(syntaxes[i].shown for i in tied) + \
        " take these parameters equally well"


@record
class OverloadTable:
    """A procedure's (or method's) syntaxes, for its run-time dispatcher: each syntax's
    generated function (by its global name) and the parameters it gives back; `back`
    the positions any of them gives back, in the order the dispatcher returns them."""

    name: str
    syntaxes: list[Syntax]
    pynames: list[str]
    writeback: list[list[int]]
    back: list[int]


def overload_dispatcher(table: OverloadTable, namespace: dict[str, Any],
                        method: bool = False) -> Callable[..., Any]:
    """The function a call runs when the semantic pass could not choose the syntax (an
    argument of unknown kind, a call by name or through a procedure value): it chooses
    from the values passed. It returns what the syntax returns; when any syntax gives
    parameters back, `(result, value of each position of table.back)`, a position the
    chosen syntax does not give back holding the argument as it was passed."""
    syntaxes, back = table.syntaxes, table.back

    def dispatch(*args: Any) -> Any:
        given = args[1:] if method else args
        index = chosen_syntax(table, given)
        result = namespace[table.pynames[index]](*args)
        if not back:
            return result
        own = table.writeback[index]
        values = dict(zip(own, result[1:])) if own else {}
        if own:
            result = result[0]
        return (result, *[values[k] if k in values else given[k] if k < len(given) else None
                          for k in back])
    dispatch.__name__ = f"dispatch_{table.name}"
    return dispatch


def chosen_syntax(table: OverloadTable, values: tuple[Any, ...] | list[Any]) -> int:
    """The index of the syntax of `table` that arguments of these values run; the
    error of a call none takes, or two take equally well."""
    syntaxes = table.syntaxes
    index, tied = choose(syntaxes, [value_kind(a) for a in values])
    if index is None:
        raise WLRuntimeError(_sentence(
            ambiguous(table.name, syntaxes, tied) if tied else
            no_syntax(table.name, syntaxes, len(values),
                      any(s.takes(len(values)) for s in syntaxes))))
    return index


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."
