"""Python's `compile()` of a procedure's generated code, on the procedure's first call.

Compiling the generated Python is a quarter to a third of loading a program, and most
procedures of a big program are not called in a given run (`wl check` calls none). So
the code compiled at load holds the main code only, and its last line defines, for each
procedure, a stub with the procedure's own signature (made from a template compiled
once per parameter count, not compiled for each). The stub's first call compiles the
procedure's source (already generated and checked: the text `wl check --python`
prints), moves it to its line numbers in the program's generated source (so the line
map and every error position stay the same) and swaps the stub's code for it. The
function object stays the same: references taken before (a method table, a procedure
passed as a value, another thread) reach the compiled code too, and from then on a call
costs what it did before. The compilation holds a lock, so that two threads calling a
procedure for the first time compile it once.

Everything the WLanguage compiler reports is still reported at load: only Python's own
`compile()` is deferred, and a procedure whose Python could fail it (CPython's fixed
limits: 200 nested brackets, 20 nested blocks, a recursion limit for deep expressions;
all need a line longer than `_WIDE` or indented deeper than `_DEEP`) is compiled at load
as before, so that a "nests too deeply" error still stops the load. The REPL compiles
everything at once (a later input may redefine a procedure). first_call.py goes further
for the procedures nothing generated at load calls: their stubs (`wait`) generate their
code too at the first call, and what that adds reaches the namespaces (`sync`).
"""
from __future__ import annotations

__all__ = ["LazyCode", "STUB_FILE", "deferred_source", "params_shape"]

import functools
import sys
import threading
from types import CodeType, FunctionType
from typing import Any, Callable
from ..lazy_regex import lazy_compile
from . import stub_depth
from .compile_weight import weigh_procedure

STUB_FILE = "<wl:stub>"  # not a program's file name: a stub's frame is no WLanguage frame
_WIDE = 400  # 200 nested brackets (CPython's limit) need a longer line
_DEEP = "\n" + " " * 76  # 19 indentation levels: CPython refuses 20 nested blocks
_OUTDENTED = lazy_compile(r"\n(?! )")  # a line after the `def` that is not in its body
_HEADER = lazy_compile(r"def (\w+)\((.*)\):\Z")
# frames a generation at a first call may use above its caller's, as a load has (the run's
# recursion limit is its --max-depth: a procedure first called deep in a recursion is
# generated as it would be at load, and a failure there is the code's own depth)
_ROOM = 1000


def deferred_source(chunks: list[tuple[list[str], list[tuple[int, int]]]],
                    texts: list[str], main: int, lazy: "LazyCode") -> str:
    """The Python source compiled at load: the program's generated source (`texts`: each
    chunk's lines joined) with each deferred function left out (blank lines in its place,
    so that what is compiled now keeps its line numbers), then the line that makes the
    stubs. Chunk `main` (the main code) is never deferred, nor a function whose name
    another chunk defines too."""
    heads = [_HEADER.match(lines[0]) for lines, _ in chunks]
    names = [None if m is None else m.group(1) for m in heads]
    twice = {n for n in names if names.count(n) > 1} if len(set(names)) < len(names) \
        else set()
    out: list[str] = []
    first = 1  # the line of the chunk's `def` in the whole source
    for i, (lines, _) in enumerate(chunks):
        text = texts[i]
        m = heads[i]
        shape = None if m is None or i == main or names[i] in twice \
            or _compile_now(lines, text) else params_shape(m.group(2))
        if m is None or shape is None:
            out.append(text)
        else:
            lazy.add(text, first, (m.group(1), *shape))
            out.append("\n" * (len(lines) - 1))
        first += len(lines)
    out.append("__wl_lazy__.install(globals())")
    return "\n".join(out) + "\n"


def _compile_now(lines: list[str], text: str) -> bool:
    """Is this chunk not one plain function (a `def` line, then indented lines), or could
    CPython's compiler refuse it for its nesting? Then it is compiled at load, where such
    a failure is reported as before (syntax/nesting.py)."""
    return len(lines) < 2 or max(map(len, lines)) > _WIDE or _DEEP in text \
        or _OUTDENTED.search(text) is not None


@functools.lru_cache(maxsize=1024)
def params_shape(text: str) -> tuple[tuple[str, ...], int, bool] | None:
    """(parameters, how many have a default, whether `*_rest` ends them) of a `def`
    whose parameter list is `text`; None for another signature (parameters after
    `*_rest`, keyword-only: then the function is compiled at load). Kept per text: the
    procedures of a program share a few parameter lists."""
    params = text.split(", ") if text else []
    star = bool(params) and params[-1] == "*_rest"
    if star:
        params.pop()
    names = tuple(p.split("=", 1)[0] for p in params)
    defaults = sum(1 for p in params if p.endswith("=_M"))
    if any(p.startswith("*") for p in names) or \
            any(p != n and p != n + "=_M" for p, n in zip(params, names)):
        return None
    return names, defaults, star


_TEMPLATES: dict[tuple[int, bool], CodeType] = {}


def _stub_code(name: str, params: tuple[str, ...], star: bool, index: int) -> CodeType:
    """The code of a stub: `def name(params, *_rest)` that compiles the function
    (`__wl_lazy__(index, name)`), then calls it with one more frame allowed, as its own
    frame stays below the call (`enter`/`leave`: a chain of 3,000 procedures each called
    for the first time overflowed at half --max-depth). Made from one compiled template
    per parameter count (compiling each stub was most of what remained of Python's
    compile() at load)."""
    key = (len(params), star)
    template = _TEMPLATES.get(key)
    if template is None:
        formal = [f"p{i}" for i in range(len(params))] + (["*_rest"] if star else [])
        source = (f"def f({', '.join(formal)}):\n"
                  f"    __wl_lazy__(0, f).enter()\n"
                  f"    try:\n"
                  f"        return f({', '.join(formal)})\n"
                  f"    finally:\n"
                  f"        __wl_lazy__.leave()\n")
        module = compile(source, STUB_FILE, "exec", dont_inherit=True)
        template = next(c for c in module.co_consts if isinstance(c, CodeType))
        assert template.co_consts == (None, 0) \
            and template.co_names == ("__wl_lazy__", "f", "enter", "leave"), template.co_names
        _TEMPLATES[key] = template
    return template.replace(co_name=name, co_qualname=name, co_consts=(None, index),
                            co_names=("__wl_lazy__", name, "enter", "leave"),
                            co_varnames=params + (("_rest",) if star else ()))


def _depth() -> int:
    """How many frames the calling thread's stack holds (a generation's first call may
    come from deep in a recursion)."""
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1  # type: ignore[assignment]
    return depth


def _shifted(code: CodeType, lines: int) -> CodeType:
    """`code` (and the functions nested in it) moved down by `lines` lines: line
    numbers are relative to the first, so only the first lines change."""
    consts = tuple(_shifted(c, lines) if isinstance(c, CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_firstlineno=code.co_firstlineno + lines, co_consts=consts)


class LazyCode:
    """The deferred functions of one compiled program, shared by all its runs."""

    def __init__(self, filename: str) -> None:
        self.filename = filename  # the program's generated file name (run_errors.LINEMAPS)
        self.sources: list[tuple[str, int]] = []  # (the function's source, its first line)
        self.codes: list[CodeType | None] = []
        self.stubs: list[tuple[str, CodeType, int]] = []  # (name, code, defaults)
        # reentrant: Python's compile() allocates, a collection it sets off may free an
        # object whose destructor calls a procedure not compiled yet, in this thread (a
        # plain lock hung the run there, waiting for itself)
        self.lock = threading.RLock()
        # a procedure whose code is generated at its first call (first_call.py): its
        # index -> what generates it (its text and first line)
        self.pending: dict[int, Callable[[], tuple[str, int]]] = {}
        self.added: list[str] = []  # the names later generations put in `consts`
        self.late_from = -1  # the first stub made after load (-1: none yet)
        self.consts: dict[str, Any] = {}  # the program's (first_call.py sets it)
        self.too_deep: Callable[[], Exception] | None = None  # (first_call.py)

    def add(self, text: str, first: int, shape: tuple[str, tuple[str, ...], int, bool]
            ) -> None:
        """Defer the function of source `text`, whose `def` is line `first` of the
        program and whose signature is `shape` (its name, then see _params_shape)."""
        name, params, defaults, star = shape
        self.stubs.append((name, _stub_code(name, params, star, len(self.codes)), defaults))
        self.sources.append((text, first))
        self.codes.append(None)

    def wait(self, name: str, shape: tuple[tuple[str, ...], int, bool],
             make: Callable[[], tuple[str, int]]) -> None:
        """A stub for procedure `name`, whose code `make` generates at its first call."""
        self.pending[len(self.codes)] = make
        self.add("", 0, (name, *shape))

    def late(self, text: str, first: int,
             shape: tuple[str, tuple[str, ...], int, bool]) -> None:
        """A function made after load (by a generation at a first call): every namespace
        of the program gets its stub when it meets the program again (`sync`)."""
        if self.late_from < 0:
            self.late_from = len(self.stubs)
        self.add(text, first, shape)

    def sync(self, namespace: dict[str, Any]) -> None:
        """Give `namespace` what generations at first calls made since it was filled:
        the values they named, the stubs of the functions they added."""
        for name in self.added:
            if name not in namespace:
                namespace[name] = self.consts[name]
        if self.late_from >= 0:
            missing = (namespace["_M"],)
            for name, code, defaults in self.stubs[self.late_from:]:
                if name not in namespace:
                    namespace[name] = FunctionType(code, namespace, name,
                                                   missing * defaults if defaults else None)

    def install(self, namespace: dict[str, Any]) -> None:
        """Define the stubs in a run's namespace (the last line of the code compiled at
        load): optional parameters default to `_M`, as in the generated `def`s."""
        missing = (namespace["_M"],)
        for name, code, defaults in self.stubs:
            namespace[name] = FunctionType(code, namespace, name,
                                           missing * defaults if defaults else None)

    def __call__(self, index: int, function: FunctionType) -> "LazyCode":
        """Make the stub `function` run the function's compiled code."""
        function.__code__ = self.code(index)
        if self.added or self.late_from >= 0:
            self.sync(function.__globals__)
        return self

    # One more frame allowed while a stub's first call runs (its frame stays under the
    # function's): --max-depth counts WLanguage calls, not the stubs. Counted per thread
    # (stub_depth.py), so that threads' first calls neither add up nor drift; then gone
    # with the stub's frame. (The functions themselves: no frame of a method in between.)
    enter = staticmethod(stub_depth.allow)
    leave = staticmethod(stub_depth.disallow)

    def code(self, index: int) -> CodeType:
        """The function's code object, compiled on first use (once, whatever the threads;
        a destructor run inside that compilation may compile it again, from its text,
        which is let go only once the code is kept)."""
        code = self.codes[index]
        if code is None:
            with self.lock:
                code = self.codes[index]
                if code is None:
                    code = self.codes[index] = self._compile(index)
                    self.sources[index] = ("", self.sources[index][1])  # no longer needed
        return code

    def _compile(self, index: int) -> CodeType:
        done = self.codes[index]
        if done is not None:  # compiled meanwhile, by a destructor run in this thread
            return done
        make = self.pending.get(index)
        try:
            if make is not None:  # generated now (first_call.py); an error, again next call
                stub_depth.need_room(_depth() + _ROOM)
                self.sources[index] = make()
                del self.pending[index]
            source, first = self.sources[index]
            weigh_procedure(source)
            module = compile(source, self.filename, "exec")
        except (SyntaxError, RecursionError, MemoryError) as exc:
            if self.too_deep is not None:  # code generated at a first call (first_call.py)
                from ..syntax.nesting import is_nesting_failure
                if is_nesting_failure(exc):
                    raise self.too_deep() from None
            if not isinstance(exc, SyntaxError):
                raise
            # generated code is valid Python: a compiler bug
            from ..errors import WLRuntimeError
            raise WLRuntimeError(f"internal error: the generated code of a procedure does "
                                 f"not compile ({exc.msg})") from None
        finally:
            if make is not None:
                stub_depth.room_done()
        function = next(c for c in module.co_consts if isinstance(c, CodeType))
        return _shifted(function, first - 1)

