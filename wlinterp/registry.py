"""The built-in library's registry: functions, constants, variables and types, each
declared once with its English and French names.

A stdlib family module creates one `Family` and declares every public name through it:

    family = Family("Strings")

    @family.function("Length", "Taille")
    def length(rt: Runtime, s: object) -> int: ...

    family.constant("CR", "RC", "\r\n")

The argument count comes from the Python signature (after `rt`). A parameter annotated
`TextArg` or `NumberArg` (aliases of `object` declared here: WLanguage converts them)
is one the built-in refuses a structure, class instance or array for, and, for `Number`,
reads a non-numeric text as 0: the semantic pass reports such arguments (WL115). A built-in that can fail
non-fatally is declared with `can_fail=True` and raises `BuiltinFailure`: the wrapper
clears ErrorOccurred on entry, and on failure records ErrorInfo and returns the failure's
value (WLanguage's non-fatal error convention); a BuiltinFailure from a built-in declared
without it is that built-in's fatal error (run_errors.py, CATCHABLE). Names are looked up folded (case and
accents ignored), so `emailouvresessionsmtp` and `EmailOuvreSessionSMTP` are one name.
"""
from __future__ import annotations

__all__ = ["Family", "Builtin", "REGISTRY", "Registry", "NonFatalError", "report_failure",
           "load_stdlib", "load_every_family", "TextArg", "NumberArg", "IntArg", "ProcArg",
           "OutArg", "BytesArg", "TextOutArg", "ItemArg", "BufferResult", "LikeFirstResult",
           "CallWarning"]

import sys
from typing import Any, Callable, NamedTuple

from .errors import BuiltinFailure
from .runtime.error_modes import NonFatalError, after_nonfatal
from .records import field, record
from .syntax.names import fold


# Parameter annotations of built-ins (read by name: annotations are strings here): a
# text, a number. Both accept any simple value, converted, hence `object`.
TextArg = object
NumberArg = object
# A whole number (a position, a count, a rank: converted with stdlib/int_args.py
# int_arg): a number parameter whose real is truncated toward zero, so `wl check` says
# what a literal with decimals loses there (`Left(s, 2.5)` reads 2) and refuses one past
# the integers' range in the run's words (semantics/builtin_args.py).
IntArg = object
# A parameter whose number is read as a whole number (int_arg) while a text there is not
# read as a number at all (ErrorPropagate's code or message, fSplit's size, which refuses
# a text in words): `wl check` says what a literal with decimals loses there, as for an
# IntArg, and leaves texts and composites to the built-in (semantics/builtin_args.py).
WholeArg = object
# A procedure parameter (ThreadExecute's): a procedure named alone there is passed, not
# called, even when it needs no argument (semantics/calls.py); a text naming one of the
# program's procedures there (`ThreadExecute("t", threadNormal, "Worker")`) is a
# callback too: no WL202 at its parameters (semantics/imposed_params.py). The catalog's
# functions that take one: windev_catalog.py PROCEDURE_PARAMS.
ProcArg = object
# An output parameter (Serialize's result): the built-in returns a tuple (its result, then
# the value of each OutArg parameter in order), which compiled code stores into the
# variable, member or element given there (compiler/builtin_calls.py).
OutArg = object
# An output parameter that receives text (Serialize's JSON or XML): stored into a Buffer
# variable, member or element, the text's UTF-8 bytes (compiler/builtin_calls.py; a
# value already bytes, BufferText, as it is). An OutArg everywhere else.
TextOutArg = object
# An item of a data file (HReadSeekFirst's key): a bare name of the analysis's items there
# is the item even when a variable has that name (compiler/builtin_calls.py data_arg).
ItemArg = object
# A value whose bytes the built-in writes (fWrite's, fSaveText's): a Buffer variable,
# member or element passed there goes marked (runtime values.py BufferText), so that its
# bytes 128-255 are written as bytes, not encoded as text (compiler/builtin_calls.py).
BytesArg = object
# Result annotations read by the compiler (compiler/exprs.py held_as): a Buffer's bytes
# (held as a string of characters 0-255, as a Buffer variable holds them), and a result
# of the first argument's kind (Encode: a Buffer encoded is a Buffer). Put into a Variant
# or passed where no type is declared, such a result stays a Buffer for TypeVar and
# `..Type`; known at compile time, so plain strings keep their code.
BufferResult = str
LikeFirstResult = str
PARAM_KINDS = {"TextArg": "Text", "NumberArg": "Number", "IntArg": "Int", "WholeArg": "Whole",
               "ProcArg": "Procedure", "OutArg": "Out", "TextOutArg": "Out", "ItemArg": "Item",
               "BytesArg": "Bytes"}



class Given(NamedTuple):
    """An argument of a built-in's call as `wl check` knows it before the run (for a
    `declared_check`): the TypeSpec its variable is declared with (None: not a variable
    so declared) and its value when a literal or a constant gives it (UNKNOWN else)."""

    spec: Any
    value: Any


UNKNOWN: Any = object()  # Given.value of an argument whose value the check cannot know


class CallWarning(str):
    """Words a `declared_check` returns for a call that runs, but most likely not as its
    writer meant (`BufferToHexa(h, NoGrouping)` on a SHA-256 hash cuts it into lines):
    `wl check` says them as the warning WL225, where a plain text is the error WL115."""


@record
class Builtin:
    """One built-in function; `call(rt, *args)` is what compiled code invokes."""

    en: str
    fr: str
    func: Callable[..., Any]
    min_args: int
    max_args: int | None
    can_fail: bool
    family: str
    call: Callable[..., Any] = field(repr=False, default=None)
    overloads: tuple[Any, ...] = ()  # secret_args.Overload each, when declared
    aliases: tuple[str, ...] = ()  # its other names (fDirExist), as the decorator spells them

    @property
    def doc(self) -> str:
        import inspect
        return inspect.getdoc(self.func) or ""

    def param_kinds(self) -> list[str | None]:
        """"Text", "Number"... (PARAM_KINDS) or None for each positional parameter after
        `rt`, from the function's annotations (read once per built-in by the semantic
        pass and the compiler); a wrapper's (an H* function's) from the function wrapped."""
        func = getattr(self.func, "__wrapped__", self.func)
        code = getattr(func, "__code__", None)
        if code is None:
            return []
        notes = getattr(func, "__annotations__", {})
        names = code.co_varnames[1:code.co_argcount]
        return [PARAM_KINDS.get(notes.get(n, "")) for n in names]

    def spelled(self, word: str) -> str:
        """Its name that `word` writes, as its declaration spells it (`httpenvoie` is
        HTTPEnvoie, `fouvre` fOuvre, `chaineformate` ChaîneFormate, `fdirexist` fDirExist):
        WINDEV's editor rewrites a function's name in its canonical case as it is typed, so
        errors and `wl check` name it so (docs/semantics.md "A built-in is named as its
        catalogue spells it")."""
        if word == self.en or word == self.fr:  # written as declared (most calls): itself
            return word
        key, names = fold(word), (self.fr, self.en, *self.aliases)
        same = [n for n in names if fold(n) == key]
        # `executecode` is ExecuteCode, not ExécuteCode: the name it writes letter for letter
        name = next((n for n in same if n.lower() == word.lower()), same[0] if same else word)
        if len(name) != len(word):
            return name
        # a capital the line writes without its accent stays so (the alias ÉvénementCrée
        # written EvénementCrée); fEcrit and INIEcrit are declared as their pages spell
        # them, so `fÉcrit` names fEcrit too
        return "".join(w.upper() if c.isupper() and fold(c) != c.lower()
                       and fold(w) == w.lower() else c for c, w in zip(name, word))

    def arity_text(self) -> str:
        if self.max_args is None:
            return f"at least {self.min_args}"
        if self.min_args == self.max_args:
            return str(self.min_args)
        return f"{self.min_args} to {self.max_args}"


@record
class Entry:
    """A constant, built-in variable or built-in type: one value or factory, two names."""

    en: str
    fr: str
    value: Any
    family: str


class Registry:
    """Folded-name tables of everything the stdlib declares.

    With a `loader` (the shared REGISTRY: wlinterp/builtin_index.py), the tables fill on
    demand: looking a name up imports the one family that declares it, and listing a
    table imports every family. `origins` tells which module declared each (kind, name)."""

    def __init__(self, loader: Any = None) -> None:
        make = (lambda kind: loader.table(kind)) if loader is not None else (lambda kind: {})
        self.functions: dict[str, Builtin] = make("function")
        self.constants: dict[str, Entry] = make("constant")
        self.variables: dict[str, Entry] = make("variable")
        self.types: dict[str, Entry] = make("type")
        self.tables = {"function": self.functions, "constant": self.constants,
                       "variable": self.variables, "type": self.types}
        self._families: list[Family] = []
        self.origins: dict[tuple[str, str], str] = {}
        self._runs: dict[tuple[str, str], dict[str, Any]] = {}  # the declaring import's globals
        self.loader = loader

    @property
    def families(self) -> list[Family]:
        """Every family, in the stdlib's order (all of them are imported first)."""
        if self.loader is not None:
            self.loader.load_all()
        return self._families

    def _add(self, kind: str, names: tuple[str, ...], item: Any) -> None:
        table = self.tables[kind]
        run = _declaring_globals()
        module = str(run.get("__name__", ""))
        for name in names:
            key = fold(name)
            old = dict.get(table, key)
            if old is not None and old is not item and not self._rerun(kind, key, module, run):
                raise ValueError(f"built-in name clash: {name}")
            # whose it is, then the name: a stop between them leaves no name without its run
            self.origins[(kind, key)] = module
            self._runs[(kind, key)] = run
            dict.__setitem__(table, key, item)

    def _rerun(self, kind: str, key: str, module: str, run: dict[str, Any]) -> bool:
        """Is this declaration its module's import run again, the name left by an earlier
        run of it? A `--timeout` expiring inside a family's first import (the REPL's
        one-second limit under load) leaves the names declared so far; the next use runs
        the import again in a fresh module namespace. The same module declaring a name
        twice in one run is still a clash."""
        return self.origins.get((kind, key)) == module and self._runs.get((kind, key)) is not run

    def lookup(self, name: str) -> tuple[str, Any] | None:
        """('function'|'constant'|'variable'|'type', entry) for a WLanguage name."""
        key = fold(name)
        for kind, table in (("variable", self.variables), ("function", self.functions),
                            ("constant", self.constants), ("type", self.types)):
            if key in table:
                return kind, table[key]
        return None


def _declaring_globals() -> dict[str, Any]:
    """The globals of the module whose import runs the declaration: the nearest module body
    up the stack (a helper such as hfsql_base.h_function declares on behalf of the module
    calling it). Each run of a module's import has its own."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back  # type: ignore[assignment]
    return frame.f_globals if frame is not None else _NO_MODULE


_NO_MODULE: dict[str, Any] = {}  # declarations made outside any import: one run, whose repeats clash


def _arity(func: Callable[..., Any]) -> tuple[int, int | None]:
    """(required, most) positional arguments after `rt`; None: any number. Read from the
    code object (cheap: no `inspect` at start-up) unless the shape needs inspect's rules."""
    target = func
    while hasattr(target, "__wrapped__"):
        target = target.__wrapped__
    code = getattr(target, "__code__", None)
    if code is not None and not code.co_posonlyargcount and not code.co_kwonlyargcount:
        positional = code.co_argcount - 1
        defaults = len(getattr(target, "__defaults__", None) or ())
        return max(positional - defaults, 0), None if code.co_flags & 0x04 else positional
    import inspect
    params = list(inspect.signature(func).parameters.values())[1:]
    required = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD
                   and p.default is p.empty)
    varargs = any(p.kind == p.VAR_POSITIONAL for p in params)
    positional = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD)
    return required, None if varargs else positional


def _shared_registry() -> Registry:
    from .builtin_index import FamilyLoader
    loader = FamilyLoader()
    registry = Registry(loader)
    loader.registry = registry
    return registry


REGISTRY = _shared_registry()


def report_failure(rt: Any, failure: BuiltinFailure) -> Any:
    """WLanguage's non-fatal error convention, for a built-in's failure or a statement's
    (FOR EACH on a data file): ErrorOccurred/ErrorInfo set, a CASE ERROR section (when
    one is active) entered or the behaviour ErrorChangeParameter set applied, else the
    failure value returned."""
    rt.set_error(failure.message, failure.code, failure.details, failure.subs)
    if rt.error_handlers or rt.error_modes:
        after_nonfatal(rt, failure.message)
    return failure.value


def _wrap_failing(func: Callable[..., Any]) -> Callable[..., Any]:
    """Clear ErrorOccurred on entry; turn BuiltinFailure into WLanguage's error value."""

    def call(rt: Any, *args: Any) -> Any:
        rt.clear_error()
        try:
            return func(rt, *args)
        except BuiltinFailure as failure:
            return report_failure(rt, failure)

    call.__name__ = func.__name__
    return call


class Family:
    """One WLanguage function family (a stdlib module)."""

    def __init__(self, name: str, registry: Registry = REGISTRY) -> None:
        self.name = name
        self.registry = registry
        self.module = str(_declaring_globals().get("__name__", ""))
        # an import run again (its first run cut by a --timeout) replaces its family
        registry._families[:] = [f for f in registry._families
                                 if (f.module, f.name) != (self.module, name)]
        registry._families.append(self)

    def function(self, en: str, fr: str, *aliases: str, can_fail: bool = False,
                 follows_convention: bool = False, overloads: tuple[str, ...] = (),
                 container: str = "", declared_check: Callable[..., Any] | None = None
                 ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Declare a built-in (any built-in may be named without parentheses when it
        needs no argument: `ErrorOccurred`). `follows_convention`: a built-in that can
        fail and already clears ErrorOccurred and reports its failures itself (the H*
        functions, one wrapper less per call on their hot paths). `overloads`: the
        forms of a built-in taking *args, `"user, password, server, port:number?"` each
        (kinds text, number, boolean, variable, any; `?` optional), read where a source
        line must hide the arguments in a password position (secret_args.py).
        `container`: what its first argument must be, in its error's words ("an
        array": StatMax(5) stops the run), which `wl check` says of a number, a text or a
        boolean given there (WL115; the Array* functions need no mark: semantics/
        builtin_args.py needed_container). `declared_check(given)`: the refusal, in the
        run's words, of arguments known before the run (a list of `Given`, one per
        argument), or None; `wl check` says it (WL115) where the run would stop."""

        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            if container:
                setattr(func, "wl_container", container)
            if declared_check is not None:
                setattr(func, "wl_declared_check", declared_check)
            required, most = _arity(func)
            b = Builtin(en, fr, func, required, most, can_fail, self.name, aliases=aliases)
            if overloads:
                from .secret_args import parse_overloads
                b.overloads = parse_overloads(overloads)
            b.call = _wrap_failing(func) if can_fail and not follows_convention else func
            self.registry._add("function", (en, fr, *aliases), b)
            return func

        return register

    def constant(self, en: str, fr: str, value: Any, *aliases: str) -> Any:
        """Declare a constant such as `CR`/`RC` or `emailOptionSecuredTLS`."""
        self.registry._add("constant", (en, fr, *aliases),
                           Entry(en, fr, value, self.name))
        return value

    def variable(self, en: str, fr: str, factory: Callable[[Any], Any], *aliases: str) -> None:
        """Declare a built-in variable (such as the `Email` structure); one per run,
        created by `factory(rt)` on first use."""
        self.registry._add("variable", (en, fr, *aliases),
                           Entry(en, fr, factory, self.name))

    def type(self, en: str, fr: str, factory: Callable[[Any], Any], *aliases: str) -> None:
        """Declare a built-in type usable in declarations (`s is emailSMTPSession`);
        `factory(rt)` creates a fresh value."""
        self.registry._add("type", (en, fr, *aliases),
                           Entry(en, fr, factory, self.name))


def load_stdlib() -> Registry:
    """The built-in library: each family is imported when one of its names is looked up
    (wlinterp/builtin_index.py), so a script pays only for the families it uses."""
    return REGISTRY


def load_every_family() -> Registry:
    """The built-in library with every family imported (listings, help, completion)."""
    if REGISTRY.loader is not None:
        REGISTRY.loader.load_all()
    return REGISTRY
