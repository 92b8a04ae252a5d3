"""Methods on simple values and arrays: `s.EndsWith("x")`, `t.Count()`, `d.ToString()`.

WINDEV 2024 lets every string function be called as a method of the string with the
`String`/`Chaîne` prefix dropped (`s.StartsWith(...)` is `StringStartsWith(s, ...)`), and
every array function on the array (`t.Sort()` is `ArraySort(t)`). A method name that is
itself a built-in (`s.Upper()`, `s.Replace(...)`) needs no table; the others are resolved
here at run time from the value's type, so `s.Count("a")` and `t.Count()` both work.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..syntax.names import fold
from .assoc_arrays import WLAssoc
from .containers import WLArray
from ..digits import ascii_digits

_PREFIXES_BY_KIND = {
    "array": ("array", "tableau"),
    "number": ("num", "numerique"),  # n.ToString("03d") is NumToString, not DateToString
    "text": ("string", "chaine", "date", "time", "heure", "datetime", "dateheure"),
    "thread": ("thread",),  # t.SendSignal() is ThreadSendSignal(t) (stdlib/thread_type.py)
    "diskfile": ("f",),  # f.ReadLine() is fReadLine(f) (stdlib/file_diskfile.py)
    "duration": ("duration", "duree"),  # du.ToString("MM:SS") is DurationToString
    "ziparchive": ("zip",),  # a.AddFile(f) is zipAddFile(a, f) (stdlib/zip_archives.py)
    # t.Wait() is ParallelTaskWait(t) (stdlib/parallel_task_type.py)
    "paralleltask": ("paralleltask", "tacheparallele"),
    "email": ("email",),  # m.BuildSource() is EmailBuildSource(m) (?1000022278)
    "http": ("http",),  # r.Send() is HTTPSend(r) (?1000021624; stdlib/http_values.py)
    "xml": ("xml",),  # doc.Save(f) is XMLSave(doc, f) (INFERRED; stdlib/xml_documents.py)
}


# Kinds whose functions are methods only of a value known to be of that kind (a place
# declared so, or the value itself at run time), never of any value: XMLSave's short
# name made `d.Save(f)` on a Date and `n.BuildString()` on an xmlNode look like value
# methods, so wl check said nothing and the run's error lost its place on the name.
_OWN_KIND_ONLY = frozenset({"xml"})

# Method names that stand for another: `d.IsValid()` / `d.EstValide()` is `d.Valid()`
# (DateValid, TimeValid, DateTimeValid by the value's kind; decided, docs/semantics.md
# "An invalid Time or DateTime": no stored page lists the Date type's methods).
# An httpRequest's cookie methods are named verb first: `r.WriteCookie(domain, name,
# value)` (VERIFIED ?1000021607, which names `.ManageCookie` too) is HTTPCookieWrite(r, ...)
# (the French `r.EcritCookie`, `.LitCookie`, `.GèreCookie` and `.ReadCookie` by analogy).
_ALIASES = {"isvalid": "valid", "estvalide": "valide",
            "writecookie": "cookiewrite", "ecritcookie": "cookieecrit",
            "readcookie": "cookieread", "litcookie": "cookielit",
            "managecookie": "cookiemanage", "gerecookie": "cookiegere"}



def method_key(key: str) -> str:
    """The folded method name `key` as the built-in names it (`writecookie` is
    `cookiewrite`, `isvalid` is `valid`), before a kind's prefix is put in front."""
    return _ALIASES.get(key, key)


_DATETIME_FIRST = ("datetime", "dateheure", "string", "chaine", "date", "time", "heure")


def _kinds(obj: Any) -> tuple[str, ...]:
    own = getattr(obj, "wl_method_kind", None)
    if own is not None:
        return (own,)  # a built-in type whose methods are its family's functions (Thread)
    if isinstance(obj, (WLArray, WLAssoc)):
        return ("array",)
    if isinstance(obj, (int, float, Decimal)) and not isinstance(obj, bool):
        return ("number", "text")
    return ("text",)


def kind_prefixes(kind: str) -> tuple[str, ...]:
    """The prefixes of the functions a value of `kind` ("diskfile"...) has as methods, in
    the order tried: for the semantic pass, which must not take `f.Seek(0)` for the
    built-in Seek given f."""
    return _PREFIXES_BY_KIND.get(kind, ())


def candidates(key: str) -> bool:
    """True when some prefixed built-in could answer the method `key` on a value of any
    type (compile time; a kind of _OWN_KIND_ONLY answers only on its own: `kind_prefixes`).
    Remembered while the built-in functions' table keeps its size (names are only ever
    added): each answer asks the table for a dozen prefixed names, and the checks of a
    program ask it of the same few methods again and again."""
    from ..registry import load_stdlib
    functions = load_stdlib().functions
    size = dict.__len__(functions)  # (dict's own length: imports no family)
    if _CANDIDATES[0] != size or len(_CANDIDATES[1]) >= 4096:  # (names as written)
        _CANDIDATES[:] = [size, {}]
    key = method_key(key)
    known = _CANDIDATES[1].get(key)
    if known is None:
        known = any(p + key in functions for kind, ps in _PREFIXES_BY_KIND.items()
                    if kind not in _OWN_KIND_ONLY for p in ps)
        if dict.__len__(functions) != size:  # the look-ups imported a family
            _CANDIDATES[:] = [dict.__len__(functions), {}]
        _CANDIDATES[1][key] = known
    return known


# the size of the built-in functions' table, and candidates' answers at that size
_CANDIDATES: list[Any] = [-1, {}]


def candidate_builtins(key: str, kinds: tuple[str, ...] | None = None) -> list[Any]:
    """Every built-in the method `key` can stand for, whatever the value's type, or for
    a value of `kinds` ("array", "text"...: what the code declared) (compile time: `wl
    check` refuses `s.Format()` only when none of them takes that count)."""
    from ..registry import load_stdlib
    functions = load_stdlib().functions
    key = method_key(key)
    found = [functions.get(p + key) for kind, ps in _PREFIXES_BY_KIND.items()
             if (kind not in _OWN_KIND_ONLY if kinds is None else kind in kinds)
             for p in ps]
    return list({id(b): b for b in found if b is not None}.values())


def method_count_message(shown: str, builtin: Any, given: int) -> str:
    """A value's method `.shown()` given `given` parameters, the value counted, where its
    built-in takes another count: the words of wl check's WL104 and of the run's error."""
    return (f"The method .{shown}() is {name_as_called(builtin, fold(shown))}, which "
            f"expects {builtin.arity_text()} parameter(s) counting the value it is "
            f"called on, but received {given}")


def method_spelled(builtin: Any, key: str) -> str:
    """The method's name as the built-in's catalogue spells it (`v.upper()` is `.Upper()`,
    `d.today()` the end of DateToDay, `.ToDay()`, `f.ouvre()` the end of fOuvre, `Ouvre`):
    the compiler passes the folded name, and a message naming `.upper()` read as a
    different, lower-case method."""
    for name in (str(builtin.en), str(builtin.fr)):
        for start in range(len(name)):
            if fold(name[start:]) == key:
                return name[start:]
    return key


def name_as_called(builtin: Any, key: str) -> str:
    """The built-in's name in the language of the method as written: `s.Formate()` is
    ChaîneFormate, `s.Format()` StringFormat (error messages name what the code wrote)."""
    if fold(builtin.fr).endswith(key) and not fold(builtin.en).endswith(key):
        return str(builtin.fr)
    return str(builtin.en)


def _is_datetime(obj: Any) -> bool:
    """A DateTime value: its 17-digit "YYYYMMDDHHMMSSCCC" form (a Date has 8 digits)."""
    return type(obj) is str and len(obj) == 17 and ascii_digits(obj)


_TIME_FIRST = ("time", "heure", "string", "chaine", "date", "datetime", "dateheure")


def _is_time_only(obj: Any) -> bool:
    """An 8-digit "HHMMSSCC" value that is no date (`"12000000"`: month 00): a Time's
    methods first (`t.ToString()` is TimeToString). A value valid as both is a Date."""
    if type(obj) is not str or len(obj) != 8 or not ascii_digits(obj):
        return False
    month, day = int(obj[4:6]), int(obj[6:8])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return False
    return int(obj[:2]) < 24 and int(obj[2:4]) < 60 and int(obj[4:6]) < 60


_MARKED_FIRST = {"time": _TIME_FIRST, "datetime": _DATETIME_FIRST,
                 "date": _PREFIXES_BY_KIND["text"]}


def value_method(obj: Any, name: str) -> Any:
    """The built-in that `obj.name(...)` calls, or None."""
    from ..registry import load_stdlib
    functions = load_stdlib().functions
    key = fold(name)
    key = method_key(key)
    marked = _MARKED_FIRST.get(getattr(obj, "wl_type_name", ""))  # (dated_values.py)
    for kind in _kinds(obj):
        prefixes = _PREFIXES_BY_KIND[kind]
        if kind == "text" and marked is not None:
            prefixes = marked  # a Time that knows it is one: t.ToString() whatever its digits
        elif kind == "text" and _is_datetime(obj):
            prefixes = _DATETIME_FIRST  # dt.ToString() is DateTimeToString, not DateToString
        elif kind == "text" and _is_time_only(obj):
            prefixes = _TIME_FIRST
        for prefix in prefixes:
            builtin = functions.get(prefix + key)
            if builtin is not None:
                return builtin
    return functions.get(key)


def array_method(key: str, functions: Any) -> Any:
    """The Array built-in `v.M()` names on a value that is or becomes an array (`v.AddLine`:
    ArrayAddLine, `v.Add`: ArrayAdd), else the built-in of that very name, else None."""
    for prefix in _PREFIXES_BY_KIND["array"]:
        found = functions.get(prefix + key)
        if found is not None:
            return found
    return functions.get(key)


def variable_method(key: str, functions: Any) -> str | None:
    """The Variable... built-in that `x.M()` stands for on any variable (`v.RAZ()`,
    `v.Reset()`: VariableRAZ / VariableReset, as `s.StartsWith()` drops String), when
    M itself names no built-in: its folded name, else None (docs/builtins.md, L2)."""
    if key in functions:
        return None
    full = "variable" + key
    return full if full in functions else None
