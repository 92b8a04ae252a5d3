"""Diagnostics: what the semantic pass reports, with a stable code for each kind.

Codes never change meaning once published: `WL1xx` are errors (WINDEV's compiler refuses
the program), `WL2xx` warnings (the program runs, but probably not as meant). Tools filter
on the code (`--select`, `--ignore`, `// wl: ignore[WL203]`), people read the message.
`deferred` errors are the ones `wl run` lets through without `--strict`, as it always
has: the line fails when (and only when) it runs, so partially ported code still runs.
"""
from __future__ import annotations

__all__ = ["Severity", "Kind", "KINDS", "Diagnostic", "ignored_codes", "suppressed_lines",
           "select"]

import enum
from ..records import record

from ..errors import shown_words, source_lines
from ..lazy_regex import lazy_compile


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


# Words our messages start with (any other first word is a name of the program).
_SENTENCE_WORDS = {"unknown", "the", "a", "an", "this", "cannot"}


def sentence(message: str) -> str:
    """A diagnostic's message as a run-time error sentence; a name it starts with stays
    as the program spells it."""
    if message.split(" ", 1)[0] in _SENTENCE_WORDS:
        message = message[:1].upper() + message[1:]
    return message if message.endswith(("?", ".", "!")) else message + "."


@record(frozen=True)
class Kind:
    """One kind of diagnostic: its code, a short slug and whether `wl run` defers it."""

    code: str
    slug: str
    deferred: bool = False

    @property
    def severity(self) -> Severity:
        return Severity.ERROR if self.code.startswith("WL1") else Severity.WARNING


KINDS: dict[str, Kind] = {k.code: k for k in [
    Kind("WL100", "syntax-error"),
    Kind("WL101", "undeclared-variable", deferred=True),
    Kind("WL102", "unknown-function", deferred=True),
    Kind("WL103", "unavailable-function", deferred=True),
    Kind("WL104", "wrong-argument-count", deferred=True),
    Kind("WL105", "duplicate-declaration"),
    Kind("WL106", "assign-to-constant"),
    Kind("WL107", "break-outside-loop"),
    Kind("WL108", "result-in-main-code"),
    Kind("WL109", "unknown-member", deferred=True),
    Kind("WL110", "type-error"),
    Kind("WL111", "invalid-construct"),
    Kind("WL112", "inaccessible-member"),
    Kind("WL113", "invalid-operand", deferred=True),
    Kind("WL114", "invalid-comparison", deferred=True),
    Kind("WL115", "wrong-argument-type", deferred=True),
    Kind("WL116", "parameter-type", deferred=True),
    Kind("WL117", "no-result", deferred=True),
    Kind("WL201", "unused-variable"),
    Kind("WL202", "unused-parameter"),
    Kind("WL203", "unreachable-code"),
    Kind("WL204", "never-assigned"),
    Kind("WL205", "shadows-global"),
    Kind("WL206", "lossy-conversion"),
    Kind("WL207", "unknown-type"),
    # WL208 is not used: an undeclared variable is WL101 (codes are never reused)
    Kind("WL209", "native-code-skipped"),
    Kind("WL210", "unused-expression"),
    Kind("WL211", "file-not-loaded"),
    Kind("WL212", "window-control"),
    Kind("WL214", "missing-result"),
    Kind("WL215", "ambiguous-inheritance"),
    Kind("WL216", "global-constructor"),
    Kind("WL217", "bare-result"),
    Kind("WL218", "unread-message"),
    Kind("WL219", "missing-end"),
    Kind("WL220", "null-reference"),
    Kind("WL221", "zombie-procedure"),
    Kind("WL222", "unknown-attribute"),
    Kind("WL223", "unread-format"),
    Kind("WL224", "c-logic-operator"),
    Kind("WL225", "surprising-result"),
    Kind("WL226", "read-after-its-block"),
    # WL213 is not used: a variable of another type given to a typed parameter is the
    # error WL116 since 3 Dec 2026, as WINDEV's compiler refuses it (?1514076)
]}


@record
class Diagnostic:
    """One problem at one place: `file:line:col`, `length` characters wide."""

    code: str
    message: str
    filename: str
    line: int
    column: int
    length: int = 1
    hint: str | None = None
    source_line: str = ""
    deferred: bool = False  # `wl run` without --strict lets the program run

    def __post_init__(self) -> None:
        """A hostile name is cut in the message and the hint, and their control
        characters shown as stand-ins (errors.shown_words), for every output format and
        the run-time error a deferred one becomes."""
        self.message = shown_words(self.message)
        if self.hint:
            self.hint = shown_words(self.hint)

    @property
    def kind(self) -> Kind:
        return KINDS[self.code]

    def sentence(self) -> str:
        """The message as a run-time error says it (a deferred error reached)."""
        return sentence(self.message)

    @property
    def severity(self) -> Severity:
        return self.kind.severity

    def as_dict(self) -> dict[str, object]:
        """The JSON form (schema in docs/check.md)."""
        return {"code": self.code, "kind": self.kind.slug, "severity": self.severity.value,
                "message": self.message, "file": self.filename, "line": self.line,
                "column": self.column, "end_column": self.column + max(self.length, 1),
                "hint": self.hint, "source_line": self.source_line}


_IGNORE_RE = lazy_compile(r"//\s*wl:\s*ignore\[([A-Za-z0-9_,\s]+)\]")


def suppressed_lines(source: str) -> dict[int, set[str]]:
    """Line -> codes silenced by a `// wl: ignore[WL203, WL201]` comment on that line."""
    out: dict[int, set[str]] = {}
    if "wl:" not in source:
        return out
    for number, text in enumerate(source_lines(source), 1):
        codes = ignored_codes(text)
        if codes:
            out[number] = codes
    return out


def ignored_codes(text: str) -> set[str]:
    """The codes a `// wl: ignore[...]` comment on the line `text` silences."""
    m = _IGNORE_RE.search(text) if "wl:" in text else None
    return {c.strip().upper() for c in m.group(1).split(",") if c.strip()} if m else set()


def _matches(code: str, patterns: list[str]) -> bool:
    """`WL1` selects every WL1xx code, `WL203` only itself."""
    return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())


def select(diags: list[Diagnostic], source: str, chosen: list[str] | None = None,
           ignored: list[str] | None = None) -> list[Diagnostic]:
    """The diagnostics left after `--select`, `--ignore` and `// wl: ignore[...]`."""
    silenced = suppressed_lines(source)
    read: dict[str, set[str]] = {}
    out = []
    for d in diags:
        if chosen and not _matches(d.code, chosen):
            continue
        if ignored and _matches(d.code, ignored):
            continue
        own = d.source_line  # (its own line's comment: an included file's too; each line
        if own:  # read once: a line of 300,000 names has as many diagnostics)
            codes = read.get(own)
            if codes is None:
                codes = read[own] = ignored_codes(own)
        else:
            codes = silenced.get(d.line, set())
        if d.code in codes:
            continue
        out.append(d)
    return out
