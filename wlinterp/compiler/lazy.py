"""Python's `compile()` of a procedure's generated code, on the procedure's first call.

Compiling the generated Python is a quarter to a third of loading a program, and most
procedures of a big program are not called in a given run (`wl check` calls none). So
the program's code object holds the main code and, for each procedure, a two-line stub
with the procedure's own signature: its first call compiles the procedure's source
(already generated and checked, byte for byte the text `wl check --python` prints),
places it at its line numbers in the program's generated source (so the line map and
every error position stay the same) and swaps the stub's code for it. The function
object stays the same: references taken before (a method table, a procedure passed as a
value, another thread) reach the compiled code too, and from then on a call costs what
it did before. The compilation holds a lock, so that two threads calling a procedure
for the first time compile it once.

Everything the WLanguage compiler reports is still reported at load: only Python's own
`compile()` is deferred, and a procedure whose Python could fail it (CPython's fixed
limits: 200 nested brackets, 20 nested blocks, a recursion limit for deep expressions;
all need a line longer than `_WIDE` or indented deeper than `_DEEP`) is compiled at load as
before, so that a "nests too deeply" error still stops the load. The REPL compiles
everything at once (a later input may redefine a procedure).
"""
from __future__ import annotations

__all__ = ["LazyCode", "STUB_FILE", "deferred_source", "stubs_apart"]

import re
import threading
from types import CodeType, FunctionType

STUB_FILE = "<wl:stub>"  # not a program's file name: a stub's frame is no WLanguage frame
_WIDE = 400  # 200 nested brackets (CPython's limit) need a longer line
_DEEP = "\n" + " " * 76  # 19 indentation levels: CPython refuses 20 nested blocks
_OUTDENTED = re.compile(r"\n(?! )")  # a line after the `def` that is not in its body
_HEADER = re.compile(r"def (\w+)\((.*)\):\Z")


def deferred_source(chunks: list[tuple[list[str], list[tuple[int, int]]]], main: int,
                    lazy: "LazyCode") -> str:
    """The Python source compiled at load: the program's generated source with each
    deferred function replaced by its stub and blank lines, so that what is compiled now
    keeps its line numbers. Chunk `main` (the main code) is never deferred."""
    out: list[str] = []
    first = 1  # the line of the chunk's `def` in the whole source
    for i, (lines, _) in enumerate(chunks):
        text = "\n".join(lines)
        two = None if i == main or _compile_now(lines, text) \
            else _stub(lines[0], len(lazy.codes))
        if two is None:
            out.append(text)
        else:
            lazy.add(text, first)
            out += two
            if len(lines) > 2:  # blank lines for the rest of the chunk
                out.append("\n" * (len(lines) - 3))
        first += len(lines)
    return "\n".join(out) + "\n"


def _compile_now(lines: list[str], text: str) -> bool:
    """Is this chunk not one plain function (a `def` line, then indented lines), or could
    CPython's compiler refuse it for its nesting? Then it is compiled at load, where such
    a failure is reported as before (syntax/nesting.py)."""
    return len(lines) < 2 or max(map(len, lines)) > _WIDE or _DEEP in text \
        or _OUTDENTED.search(text) is not None


def _stub(header: str, index: int) -> tuple[str, str] | None:
    """The two lines of the stub of the function whose `def` line is `header`: the same
    signature, and a body that compiles the function (LazyCode) and calls it with its
    arguments. None when the header is not a plain `def` (then it is compiled at load)."""
    m = _HEADER.match(header)
    if m is None:
        return None
    name, params = m.group(1), m.group(2)
    args: list[str] = []
    keyword = False  # parameters after `*_rest` are keyword-only
    for param in params.split(", ") if params else []:
        if param.startswith("*"):
            args.append(param)
            keyword = True
            continue
        py = param.split("=", 1)[0]
        args.append(f"{py}={py}" if keyword else py)
    return header, f"    return __wl_lazy__({index}, {name})({', '.join(args)})"


def _shifted(code: CodeType, lines: int) -> CodeType:
    """`code` (and the functions nested in it) moved down by `lines` lines: line
    numbers are relative to the first, so only the first lines change."""
    consts = tuple(_shifted(c, lines) if isinstance(c, CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_firstlineno=code.co_firstlineno + lines, co_consts=consts)


def stubs_apart(code: CodeType, lazy: "LazyCode") -> CodeType:
    """The program's code with its stubs' code objects given their own file name: a stub's
    frame (on a first call) is not a WLanguage frame for error positions and stacks."""
    return code.replace(co_consts=tuple(
        c.replace(co_filename=STUB_FILE) if isinstance(c, CodeType)
        and c.co_firstlineno in lazy.stub_lines else c for c in code.co_consts))


class LazyCode:
    """The deferred functions of one compiled program, shared by all its runs."""

    def __init__(self, filename: str) -> None:
        self.filename = filename  # the program's generated file name (engine._LINEMAPS)
        self.sources: list[tuple[str, int]] = []  # (the function's source, its first line)
        self.codes: list[CodeType | None] = []
        self.stub_lines: set[int] = set()  # the first line of each stub
        self.lock = threading.Lock()

    def add(self, text: str, first: int) -> int:
        """Defer the function of source `text`, whose `def` is line `first` of the
        program."""
        self.sources.append((text, first))
        self.stub_lines.add(first)
        self.codes.append(None)
        return len(self.sources) - 1

    def __call__(self, index: int, function: FunctionType) -> FunctionType:
        """The stub `function`, now running the function's compiled code."""
        function.__code__ = self.code(index)
        return function

    def code(self, index: int) -> CodeType:
        """The function's code object, compiled on first use (once, whatever the threads)."""
        code = self.codes[index]
        if code is None:
            with self.lock:
                code = self.codes[index]
                if code is None:
                    code = self.codes[index] = self._compile(index)
        return code

    def _compile(self, index: int) -> CodeType:
        source, first = self.sources[index]
        try:
            module = compile(source, self.filename, "exec")
        except SyntaxError as exc:  # generated code is valid Python: a compiler bug
            from ..errors import WLRuntimeError
            raise WLRuntimeError(f"internal error: the generated code of a procedure does "
                                 f"not compile ({exc.msg})") from None
        function = next(c for c in module.co_consts if isinstance(c, CodeType))
        self.sources[index] = ("", first)  # compiled: the text is no longer needed
        return _shifted(function, first - 1)
