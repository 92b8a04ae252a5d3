"""A variable given to a procedure's parameter declared of another type.

Help page "Typecasting of parameters" (?1514076, read in English, VERIFIED): when a
parameter's type is declared, "the type of the variable passed as parameter ... must be
the same as the one described in the procedure declaration. Otherwise, an error occurs
when compiling", with an int variable passed to a `string` parameter as its example.
So `wl check` reports the error WL116 where a variable declared a number is given to a
parameter declared a text, or the other way round, as WINDEV's compiler does. *Decided*:
it is a deferred error: `wl run` shows it as a warning and converts the value as it
always did (code ported from older versions, or written for wlinterp, keeps running),
`wl run --strict` refuses the program. (It was the warning WL213 until 3 Dec 2026.)
A variable is reported, as the page says, and so is a member or an element whose
declared type the code tells (`s.n`, `o.m_name`, `t[1]`: place_types.py); a literal or
an expression has no declared type to compare. A LOCAL parameter, a copy by
definition, is not reported either.
"""
from __future__ import annotations

__all__ = ["typed_arguments", "simple_value", "article", "composite_words"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..runtime.type_phrases import parse_type
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_regex import lazy_compile
from .place_types import place_start, place_type
from .class_names import names_class
from .subscript_counts import row_of
from .text_numbers import numeric, text_number
from .integer_literals import check_integer_literal
from .datetime_stores import check_datetime_into_int, value_length, value_start
from .currency_literals import literal_number
from .difference_stores import NUMBER_WORDS as _NUMBER_WORDS
from .xpath_stores import check_xpath_argument

if TYPE_CHECKING:
    from .checker import FunctionChecker

_FAMILY = {Kind.INT: "number", Kind.REAL: "number", Kind.CURRENCY: "number",
           Kind.NUMERIC: "number", Kind.STRING: "text"}
_NAME = N.Name
_PLACES = (N.Name, N.Member, N.Index)  # the arguments place_type may know the type of
_DATED = (*_PLACES, N.Call, N.BinOp)  # those the checker may know a DateTime (clock_kind)
# the kinds clock_kind answers for a place: a Date is beyond a 1- or 2-byte int too
_CLOCKS = (Kind.DATE, Kind.TIME, Kind.DATETIME)
_STRUCT = Kind.STRUCT
_LITERALS = (N.Str, N.Num)  # (True/False are Const, with Null, which is left alone)
_NUMBERS = (N.Num, N.Unary, N.Str)  # a number, signed or not (`-1e19`), or a text
_WORD = lazy_compile(r"\w+")
_ARRAYS = {Kind.ARRAY: "array", Kind.ASSOC: "associative array"}
_COMPOSITES = frozenset({_STRUCT, *_ARRAYS})
_SIMPLE = frozenset({Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC, Kind.STRING,
                     Kind.BOOLEAN, Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION})


def typed_arguments(fc: "FunctionChecker", e: N.Call, shown: str,
                    params: list[N.Param], call: bool = True) -> None:
    """WL116 for each argument that is a variable of a number or text type given to a
    parameter declared of the other family. `call`: False for a constructor's arguments
    (`o is CB(t)`: no call the compiler would make fail at `e`'s place)."""
    for prm, a in zip(params, e.args):
        if prm.star:
            break
        if not prm.type_text:
            continue
        # a variable, member or element: its declared type asked once for every check
        place = place_type(fc, a) if type(a) in _PLACES else None
        if type(a) is N.Str:
            _text_for_number(fc, shown, prm, a)
        if type(a) in _NUMBERS:
            _integer_beyond(fc, shown, prm, a)
        elif type(a) in _DATED and (place is None and type(a) not in _PLACES
                                    or place is not None and place[0].kind in _CLOCKS):
            _datetime_given(fc, shown, prm, a)  # `P(dt)`, x an int: Numeric overflow
        if prm.local:
            continue
        if type(a) is N.Index and fc.scope.composite:
            _row_given(fc, shown, prm, a)
        if type(a) is N.Call:  # (an xmlNode given XMLExecuteXPath's array)
            check_xpath_argument(fc, shown, prm, a, _declared(fc, prm.type_text))
        simple = _simple_place(place) if place is not None else simple_value(fc, a, None, True)
        if simple is not None:
            _no_structure(fc, e if call else None, shown, prm, a, *simple)
            _no_composite(fc, shown, prm, a, *simple)
        if place is None:
            continue
        spec, written = place
        if spec.kind in _COMPOSITES:
            _composite_given(fc, shown, prm, a, spec, written)
        if spec.kind is _STRUCT:
            _other_structure(fc, shown, prm, a, spec.name, written)
            continue
        if (have := _FAMILY.get(spec.kind)) is None:
            continue
        want = _declared(fc, prm.type_text)
        if want is not None and _FAMILY.get(want.kind, have) != have:
            what = "variable" if type(a) is _NAME and fc.scope.lookup(fold(a.name)) \
                else "value"
            start = place_start(a)
            fc.rep.report("WL116", f"'{written}' is {article(spec.describe())} and "
                          f"the parameter '{prm.name}' of {shown} is "
                          f"{article(want.describe())}: WINDEV's compiler refuses a "
                          f"{what} of another type there", a, len(written),
                          line=start.line, col=start.col)


def _text_for_number(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Str) -> None:
    """WL206 for a text literal that is no number given to a parameter declared a number
    (`AddLine(t, "1 234,50")`, the parameter a currency): the run stores its leading
    number (1) without a word, as into a variable (assignments.check_lossy says it
    there). A LOCAL parameter too: its copy is converted the same way."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind not in _NUMBER_WORDS or not a.value.strip() \
            or numeric(a.value):
        return
    stored = text_number(a.value, integer=want.kind is Kind.INT)
    fc.rep.report("WL206", f"the parameter '{prm.name}' of {shown} is "
                  f"{_NUMBER_WORDS[want.kind]}: the text \"{a.value}\" is not a number and "
                  f"is stored as {stored}", a, len(a.value) + 2)


def _integer_beyond(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr) -> None:
    """A number literal given to a parameter declared an integer, beyond its range
    (`P(1e19)` for `PROCEDURE P(n is int)`): the run's "Numeric overflow" (WL110) or
    the wrap (WL206), as for a variable (integer_literals.py); one with decimals
    (`P(2.5)`, stored as 2) WL206, as `n is int = 2.5` is. A LOCAL parameter too: its
    copy is converted the same way."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind is not Kind.INT:
        return
    holder = f"the parameter '{prm.name}' of {shown}"
    if not check_integer_literal(fc, holder, want, a, a.line, a.col, 1) \
            and literal_number(a) is not None:  # `P(2.5)`: stored as 2, as `n is int =
        # 2.5` is (WL206); not `P(-x)`, no literal
        fc.rep.report("WL206", f"{holder} is an integer: the decimal part of this value is "
                      f"lost", a, 1)


def _datetime_given(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr) -> None:
    """A DateTime given to a parameter declared an integer of fewer than 8 bytes (`P(dt)`,
    `P(st.dtWhen)`, `P(DateTimeSys())`): the run stops at the call with "Numeric
    overflow", as for a variable (datetime_stores.py). A LOCAL parameter too."""
    want = _declared(fc, prm.type_text or "")
    if want is not None and want.kind is Kind.INT:
        start = value_start(a)
        check_datetime_into_int(fc, f"the parameter '{prm.name}' of {shown}", want, a,
                                start.line, start.col, value_length(a))


def simple_value(fc: "FunctionChecker", a: N.Expr, place: tuple[TypeSpec, str] | None = None,
                 asked: bool = False) -> tuple[str, str] | None:
    """(its type, as the message shows it) for a literal (a text, a number, True/Vrai)
    or a variable declared of a simple type (a number, a text, a boolean, a date): a
    value no structure or object can be made of, a class's name too (a text:
    class_names.py); None for anything else (Null, a variant, an expression: their type
    is not certain). `asked`: the caller has asked place_type of `a` already (`place`)."""
    if type(a) is _NAME and names_class(fc, a):
        return "string", f"'{a.name}' (the class's name)"
    if type(a) in _PLACES:
        return _simple_place(place if asked else place_type(fc, a))
    if type(a) in _LITERALS or type(a) is N.Const and type(a.value) is bool:
        return _literal_type(a), _literal_shown(fc, a)
    return None


def _simple_place(place: tuple[TypeSpec, str] | None) -> tuple[str, str] | None:
    """simple_value's answer for a place whose declared type place_type gave."""
    if place is not None and place[0].kind in _SIMPLE:
        return place[0].describe(), f"'{place[1]}'"
    return None


def _no_structure(fc: "FunctionChecker", e: N.Call | None, shown: str, prm: N.Param,
                  a: N.Expr, have: str, written: str) -> None:
    """WL116 for a literal (`Take("x")`) or a variable of a simple type (a number, a
    text, a boolean, a date) given to a parameter declared of a structure or class: no
    such value can be stored there, the run stops at the call ("A value of type string
    cannot be stored in the class CCustomer."). The run fails at the call with this
    message (a call error, as a wrong count is: no warning before it runs, no "converts
    the value"). Null is left alone (a dynamic object's empty value: the run says where
    it is used)."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind is not _STRUCT or want.name not in fc.sym.structs:
        return
    info = fc.sym.structs[want.name]
    kind = "class" if info.is_class else "structure"
    d = fc.rep.report("WL116", f"{written} is {article(have)} and the parameter '{prm.name}' "
                  f"of {shown} is {article(info.name)}: a value of type {have} cannot be "
                  f"stored in a {kind}", a,
                  len(written) if type(a) is N.Const else _span(a, written),
                  col=place_start(a).col)
    if e is not None:
        fc.rep.call_errors.setdefault((e.line, e.col), d)


def _no_composite(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr, have: str,
                  written: str) -> None:
    """WL116 for a literal or a variable of a simple type given to a parameter declared
    an array or an associative array (`TakeArray(5)`): the run stops at the argument
    ("A value of type integer cannot be stored in an array.")."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind not in _ARRAYS:
        return
    fc.rep.report("WL116", f"{written} is {article(have)} and the parameter '{prm.name}' "
                  f"of {shown} is {article(_ARRAYS[want.kind])}: a value of type {have} "
                  f"cannot be stored in {article(_ARRAYS[want.kind])}", a,
                  len(written) if type(a) is N.Const else _span(a, written),
                  col=place_start(a).col)


def _composite_given(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr,
                     spec: TypeSpec, written: str) -> None:
    """WL116 for a variable (member, element) declared a structure, an object, an array
    or an associative array given to a parameter declared a number or a text (`Take(p)`,
    `Take(t)`, k an int): the run stops at the argument ("A value of type structure
    cannot be used as a number."). A structure or an object is named with what it is
    ("'p' is a STPoint (a structure)"): `wl run`'s warning finds it by those words."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind not in _FAMILY or \
            spec.kind is _STRUCT and spec.name not in fc.sym.structs:
        return
    have = composite_words(fc, spec)
    start = place_start(a)
    fc.rep.report("WL116", f"'{written}' is {article(have)} and the parameter '{prm.name}' "
                  f"of {shown} is {article(want.describe())}: WINDEV's compiler refuses a "
                  f"variable of another type there", a, len(written), line=start.line,
                  col=start.col)


def composite_words(fc: "FunctionChecker", spec: TypeSpec) -> str:
    """The run's name of the type of a variable declared `spec`, a composite one
    (runtime/values.py `type_name`), as WL115 and WL116 show it: "array", "associative
    array", "ST (a structure)", "CA (an object)"; the type's own name when no structure
    or class of the code has it."""
    have = _ARRAYS.get(spec.kind)
    if have is not None:
        return have
    info = fc.sym.structs.get(spec.name)
    if info is None:
        return spec.name or "object"
    return f"{info.name} ({'an object' if info.is_class else 'a structure'})"


def _row_given(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Index) -> None:
    """WL116 for a row of an array declared with its dimensions (`P(t[1])`, t of 2)
    given to a parameter declared a number or a text: the run stops at the argument
    ("A value of type array cannot be used as a number."); the check said nothing."""
    row = row_of(fc, a)
    if row is None:
        return
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind not in _FAMILY:
        return
    start = place_start(a)
    fc.rep.report("WL116", f"{row} is an array and the parameter '{prm.name}' of {shown} "
                  f"is {article(want.describe())}: no array can be stored there", a,
                  len(row[1:row.index("[...]")]), line=start.line, col=start.col,
                  hint="give one subscript per dimension")


def _span(a: N.Expr, written: str) -> int:
    """How many characters the caret underlines: a name, a member or an element (as
    `written` quotes it), or a literal as written."""
    if type(a) is N.Name:
        return len(a.name)
    if type(a) is N.Member or type(a) is N.Index:
        return len(written) - 2
    return len(a.value) + 2 if type(a) is N.Str else len(str(getattr(a, "value", "")))


def _literal_type(a: N.Expr) -> str:
    """The type a literal argument has, in the run's words (V.type_name)."""
    value = getattr(a, "value", None)
    if type(a) is N.Str:
        return "string"
    if isinstance(value, bool):
        return "boolean"
    return "integer" if isinstance(value, int) else "real"


def _literal_shown(fc: "FunctionChecker", a: N.Expr) -> str:
    """A literal as the message shows it: a text quoted, cut when long; True/Vrai as
    written."""
    value = getattr(a, "value", None)
    if type(a) is N.Str:
        text = str(value)
        return '"' + (text if len(text) <= 20 else text[:17] + "...") + '"'
    if isinstance(value, bool):
        line = fc.rep.lines[a.line - 1] if 0 < a.line <= len(fc.rep.lines) else ""
        word = _WORD.match(line, a.col - 1)
        return word.group(0) if word else str(value)
    return str(value)


def _other_structure(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr,
                     have: str, name: str) -> None:
    """WL116 for a variable of a structure or class given to a parameter declared of
    another structure or class, neither that one nor an ancestor (the page's rule, for
    composite types too: *INFERRED*); the run copies a structure's members of the same
    name (?6010018) and refuses an object of an unrelated class."""
    want = _declared(fc, prm.type_text or "")
    if want is None or want.kind is not _STRUCT or want.name not in fc.sym.structs \
            or have not in fc.sym.structs or want.name in fc.sym.lineage(have) \
            or fc.sym.unknown_ancestor(have):
        return
    fc.rep.report("WL116", f"'{name}' is {article(fc.sym.structs[have].name)} and the "
                  f"parameter '{prm.name}' of {shown} is "
                  f"{article(fc.sym.structs[want.name].name)}: WINDEV's compiler refuses "
                  f"a variable of another type there", a, len(name),
                  line=place_start(a).line, col=place_start(a).col)


def _declared(fc: "FunctionChecker", text: str) -> TypeSpec | None:
    """The parameter's declared type, read without reporting (its own declaration
    reports an unknown type), or None. Read once per program (sym.quiet_types)."""
    known = fc.sym.types_read.get(text)
    if known is not None:
        return known
    quiet = fc.sym.quiet_types
    found = quiet.get(text, quiet)
    if found is quiet:
        try:
            found = parse_type(text, fc.sym.structs, fc.sym.registry.types)
        except ValueError:
            found = None
        quiet[text] = found
    return found


def article(shown: str) -> str:
    return ("an " if shown[:1] in "aeiou" else "a ") + shown
