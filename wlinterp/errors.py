"""Error types seen by users, and the one renderer that prints them.

Every problem a script can cause is a `WLError` carrying a position in the WLanguage
source; anything else escaping the interpreter is a bug (`InternalError`). The CLI and the
REPL are the only places that print errors, always through `format_error`.
"""
from __future__ import annotations

__all__ = [
    "WLError", "WLSyntaxError", "WLRuntimeError", "BuiltinFailure", "InternalError",
    "ProgramEnd",
    "format_error", "format_warning", "Position", "excerpt_window", "capped_words",
    "moved_line_references",
    "shown_words",
]


from typing import Callable

from .records import record
from .lazy_regex import lazy_compile


@record(frozen=True)
class Position:
    """A 1-based line and column in a named source."""

    filename: str
    line: int
    column: int


class WLError(Exception):
    """Base of every user-facing WLanguage error; has a message and maybe a position."""

    kind = "error"

    def __init__(self, message: str, line: int = 0, column: int = 0,
                 filename: str = "<string>", source: str | None = None) -> None:
        if "\u2060" in message:  # a block variable's own name (semantics/block_names.py)
            message = message.replace("\u2060", "")
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.filename = filename
        self.source = source

    def __str__(self) -> str:
        if self.line:
            return f"{self.filename}:{self.line}:{self.column}: {self.message}"
        return self.message


class WLSyntaxError(WLError):
    """The source could not be parsed (exit code 65). `incomplete`: the text ended inside
    an open block, so more input could complete it (what the REPL asks). `closers`: the
    text ended inside brackets, which these characters would close (the REPL tries them:
    repl/completeness.py)."""

    incomplete = False
    closers = ""


class ErrCode:
    """ExceptionInfo(errCode) of the exceptions wlinterp raises itself. WINDEV's own
    numbers are not documented; ExceptionThrow keeps 1 to 1000 for the developer's
    (?3034005), so wlinterp's are above it and stable (INFERRED: docs/semantics.md,
    "Error codes of wlinterp's exceptions")."""
    RUNTIME = 1001  # any other fatal error
    DIVISION_BY_ZERO = 1002  # `/`, `%`, `^` by zero
    NUMERIC = 1003  # overflow, an invalid numeric operation
    INDEX = 1004  # an array subscript out of range
    STACK = 1005  # too many nested calls
    UNDECLARED = 1006  # a variable read before its declaration
    MEMORY = 1007  # not enough memory


class WLRuntimeError(WLError):
    """A fatal WLanguage error (an exception, catchable by WHEN EXCEPTION / CASE EXCEPTION).

    `code` is the WLanguage error code (ExceptionInfo(errCode)); user exceptions raised
    by ExceptionThrow carry the developer's number.
    """

    def __init__(self, message: str, code: int = ErrCode.RUNTIME, line: int = 0,
                 column: int = 0, filename: str = "<string>",
                 source: str | None = None) -> None:
        super().__init__(message, line, column, filename, source)
        self.code = code
        self.located = bool(line)
        self.stack: list[str] = []  # "in procedure X, line N" from the innermost call
        self.also: list[WLError] = []  # errors reported after it (a thread's, as it failed)

    def locate(self, line: int, column: int, filename: str, source: str | None) -> None:
        """Attach the position of the statement that raised, once (innermost wins)."""
        if not self.located:
            self.line, self.column, self.filename, self.source = line, column, filename, source
            self.located = True


class NullObjectError(WLRuntimeError):
    """A member read, written or called on Null. The runtime knows only the member
    (`get_member(None, 'x')`); the object is named when the error is placed at its
    statement (null_objects.py), so that no member read pays for naming it."""

    def __init__(self, member: str, call: bool = False) -> None:
        super().__init__(f"Unknown method '{member}' for a value of type Null." if call
                         else f"A value of type Null has no member '{member}'.")
        self.member = member


class BuiltinFailure(Exception):
    """Raised by a built-in for a non-fatal error.

    The registry turns it into WLanguage's convention: the call returns `value`,
    ErrorOccurred becomes True and ErrorInfo() describes `message`.
    """

    def __init__(self, message: str, code: int = 1, value: object = False,
                 details: str = "", subs: tuple[tuple[str, int], ...] = ()) -> None:
        if "\u2060" in message:  # a block variable's own name (semantics/block_names.py)
            message = message.replace("\u2060", "")
        super().__init__(message)
        self.message = message
        self.code = code
        self.value = value
        self.details = details
        self.subs = subs  # sub-errors: (message, code) each (ErrorInfo's errNumberSubError)


class InternalError(Exception):
    """A bug in wlinterp itself; users see 'internal error ... please report'."""


class ProgramEnd(Exception):
    """Raised by EndProgram (and an exception procedure answering opEndProgram); the
    engine turns it into a normal end with an exit code. With the other errors, so that
    the runtime's error modes and threads need neither the run's state nor stdlib/."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


_EXCERPT_WIDTH = 160
_LINE_END = lazy_compile(r"\r\n|\r|\n")


def source_lines(source: str) -> list[str]:
    """The source's lines as the lexer counts them (CR LF, CR or LF): `str.splitlines`
    also cuts at VT, FF, FS, NEL, U+2028..., which would quote the wrong line."""
    return _LINE_END.split(source)


_KEPT: tuple[str | None, list[str]] = (None, [])  # the source last quoted, its lines


def _lines_kept(source: str) -> list[str]:
    """source_lines of the text last quoted, kept (read only): a run's warnings quote one
    text, which was split again for each (one per procedure nothing calls: 11 s of a
    12,000-line program's 500 warnings, minutes at 100,000 lines)."""
    global _KEPT
    kept = _KEPT
    if kept[0] is not source:
        kept = _KEPT = (source, source_lines(source))
    return kept[1]


LONGEST_WORD = 128
"""Words (identifiers, numbers) longer than this are cut where messages show them, as
"did you mean" leaves them out (semantics/suggest.py, LONGEST): a hostile 300,000-letter
name was printed whole in its error, its hint and its warning, several times over."""
_LONG_WORD = lazy_compile(r"\w{%d,}" % (LONGEST_WORD + 1))


_LINE_REFERENCE = lazy_compile(
    r"\b(opened at|declared at|is at|the PROCEDURE of|the IF of|the SI of) line (\d+)")
"""Where a message names another line of the source: the block an END is missing for,
a first declaration, the first of two CASE ERROR sections, the PROCEDURE a stray END
follows, the IF without THEN an END cannot close (parse_errors.py, builder.py, the
checker's WL105/WL205)."""


def moved_line_references(message: str, place: Callable[[int], str]) -> str:
    """`message` with each line it names (`opened at line 12`) given by `place(12)`
    (`line 3`, `lib.wl:3`): a program of several files is parsed at line offsets, a
    WINDEV element's code block on its own, and the error's own line was moved back to
    its file while the lines its words name were not (the PROCEDURE of line 9 for one
    at line 1, after a library of 8 lines)."""
    return _LINE_REFERENCE.sub(lambda m: f"{m.group(1)} {place(int(m.group(2)))}", message)


def capped_words(text: str) -> str:
    """`text` with each word longer than LONGEST_WORD cut to its start, saying how long
    it was (`'aaaa...' (5000 characters)` rather than the 5,000 letters)."""
    if len(text) <= LONGEST_WORD:
        return text
    return _LONG_WORD.sub(lambda m: f"{m.group()[:48]}...[{len(m.group())} characters]",
                          text)


def _excerpt(source: str | None, line: int, column: int) -> str:
    """The offending source line and a caret under `column` (empty if unknown; a blank
    line, an empty file's only one, is shown blank with its caret)."""
    if source is None or line <= 0:
        return ""
    lines = _lines_kept(source)
    if line > len(lines):
        return ""
    text, col = excerpt_window(_masked(lines[line - 1]), column)
    return f"\n    {text}\n    {' ' * col}^"


def _masked(line: str) -> str:
    """The line with the literals that may hold a secret as stars, same length so the
    caret stays right: an error on `EmailStartSMTPSession("u", "pw", ...)` never prints
    the password; which arguments are passwords comes from the built-in's declared
    signature (secret_args.py)."""
    from .secret_args import masked_line
    return masked_line(line)


_SHOWN = {c: 0x2400 + c for c in range(0x20)} | {0x7F: 0x2421} | \
    {c: 0xFFFD for c in [*range(0x80, 0xA0), *range(0x2028, 0x202F), *range(0x2066, 0x206A)]}
"""Characters of a source line that are shown as a visible stand-in, one for one so the
caret stays right: C0 controls as their Control Pictures (ESC as U+241B), DEL, C1 controls,
the line and paragraph separators (U+2028, U+2029: a viewer that breaks the line there
would put the caret under the wrong text) and the bidirectional overrides as U+FFFD. Code from elsewhere cannot reach the terminal
with an escape sequence, nor reorder what the excerpt shows (docs/security.md)."""


def excerpt_window(line: str, column: int) -> tuple[str, int]:
    """The source line as shown (tabs as spaces, control characters visible; a very long
    line cut to a window around the column) and the 0-based column of the caret in it."""
    col = max(column - 1, 0)
    text = line
    if len(line) > _EXCERPT_WIDTH:  # cut before the character-for-character rewriting:
        # done on the whole line, each diagnostic of a 200,000-character line cost it
        start = max(0, min(col - _EXCERPT_WIDTH // 2, len(line) - _EXCERPT_WIDTH))
        text = line[start:start + _EXCERPT_WIDTH]
        col = col - start + (3 if start else 0)
        text = ("..." if start else "") + _visible(text) + \
            ("..." if start + _EXCERPT_WIDTH < len(line) else "")
        return text, col
    return _visible(text), col


def shown_name(path: str) -> str:
    """A file's name as messages show it, its control characters as visible stand-ins
    (_SHOWN): a file named with an escape sequence or a line break (a cloned tree that
    `wl check .` walks) reached the terminal raw, or wrote a line of its own into a CI
    log, in every error and warning about it."""
    return path.translate(_SHOWN)


def shown_words(text: str) -> str:
    """A message as errors, warnings and diagnostics show it: its long words capped
    (capped_words) and its control characters as visible stand-ins (_SHOWN). A message
    quotes values the program read (a text that is no duration, a JSON member's name, a
    method name given to ExecuteProcess): an escape sequence there reached the terminal
    raw, and a line break wrote a line of its own into a CI log. ErrorInfo keeps the
    message as it is: the program reads it, not the terminal."""
    return capped_words(text).translate(_SHOWN)


def _visible(text: str) -> str:
    """Tabs as spaces, control characters as their stand-ins (one for one)."""
    return text.replace("\t", " ").translate(_SHOWN)


def format_error(err: WLError) -> str:
    """`file:line:col: error: message`, then the source line and a caret."""
    from .secret_values import without_secrets
    label = "error"
    message = shown_words(without_secrets(err.message))
    name = shown_name(err.filename)
    if err.line:
        head = f"{name}:{err.line}:{err.column}: {label}: {message}"
    else:
        head = f"{name}: {label}: {message}"
    calls = "".join(f"\n  {entry}" for entry in getattr(err, "stack", []))
    later = "".join("\n" + format_error(other) for other in getattr(err, "also", []))
    return head + _excerpt(err.source, err.line, err.column) + calls + later


def format_warning(filename: str, line: int, column: int, message: str,
                   source: str | None) -> str:
    """Same layout as errors, for compile-time warnings."""
    return f"{shown_name(filename)}:{line}:{column}: warning: {shown_words(message)}" + \
        _excerpt(source, line, column)
