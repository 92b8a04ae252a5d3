"""Is an input ready to run, or is a block, a bracket (or a `...` line) still open?

The real parser decides, not a heuristic: an input whose only problem is a missing
END/FIN waits for more lines, and so does one left inside brackets, a multi-line string
or a comment when closing them would give code that parses (or still waits for an END):
`Trace(` waits, as at Python's prompt, while `Trace(1 2` and a second line that cannot
go on the first (`Trace(1` then `x = 2`) are reported at once. Any other syntax error is
reported at once, unless a block is still open past it: then with the whole block, at its
END. A PROCEDURE, which has no END, is closed by an empty line.
"""
from __future__ import annotations

__all__ = ["is_complete", "completeness", "waiting", "opens_procedure", "COMPLETE", "BLOCK", "OPEN",
           "MORE"]

import re

from ..errors import WLSyntaxError, source_lines
from ..syntax.blanks import BLANKS

_PROC_RE = re.compile(r"\s*(procedure|procédure|function|fonction)\b", re.I)
# A line ending with `[` or `"`: the first line of a multi-line string may be open.
_TEXT_OPENER_RE = re.compile(r'[\["][ \t\u00a0\u202f]*$', re.M)
_ASSIGN_END_RE = re.compile(r"(?<![<>=!:])\+?=$")  # `x =` / `x +=`, not `a <=`
_QUOTED_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”')  # a string closed on its line

COMPLETE = "complete"  # run it (or report its error)
BLOCK = "block"  # a block waits for its END/FIN
OPEN = "open"  # brackets, a multi-line string, a comment or a lambda's { } wait
MORE = "more"  # a line ending with `...`, or a PROCEDURE before its empty line


def is_complete(text: str) -> bool:
    """Can `text` run as it is (or be reported as an error)?"""
    return completeness(text) == COMPLETE


def completeness(text: str) -> str:
    """What `text` waits for: COMPLETE, BLOCK, OPEN or MORE."""
    return waiting(text)[0]


def waiting(text: str) -> tuple[str, str]:
    """What `text` waits for, and for OPEN what would close it (`)`, `])`, `"`, `*/`): a
    line that holds none of it cannot complete the input (the piped reader's test)."""
    from ..syntax.parser import parse
    if text.lstrip().startswith((".", ":")):
        from .meta import is_meta
        if text.lstrip().startswith(".") or is_meta(text):
            return COMPLETE, ""  # a meta-command (.help, :help, .load ...) is one line
    if _continued(text) or _ASSIGN_END_RE.search(_last_code_line(text)):
        return MORE, ""  # `+ ...`, or `x =` / `x +=` whose `[` text opens the next line
    if opens_procedure(text) and not text.endswith("\n"):
        return MORE, ""  # a PROCEDURE has no END: an empty line closes it
    try:
        parse(text, "<repl>")
    except WLSyntaxError as err:
        if err.incomplete:  # (a lambda's { } is a bracket)
            return (OPEN, err.closers) if err.closers else (BLOCK, "")
        closing = _closing_fits(text, err)
        if closing:
            return OPEN, closing
        if _block_still_open(text):
            return BLOCK, ""
    return COMPLETE, ""


def _block_still_open(text: str) -> bool:
    """Is a block of `text` (which does not parse) still open past its syntax error?
    Then the input waits for its END and the error is reported with the whole block,
    which runs none of it: the error was reported at once and the block's next lines then
    ran on their own, those under a false `SI bDanger ALORS` too. The blocks each line
    opens and closes are counted as the piped reader counts them (reader.blocks_of: a
    wrong `SI x = = 1 ALORS` opens one, a one-line IF none); a line that may start a
    multi-line string or comment leaves it to the parser's error, reported at once."""
    from .reader import blocks_of
    depth = 0
    for line in text.split("\n"):
        counted = blocks_of(line)
        if counted is None:
            return False
        depth += counted[0] - counted[1]
    return depth > 0


def _continued(text: str) -> bool:
    """Does the last line end with `...`, maybe followed by comments (`+ ... /* why */`,
    `+ ... // why`: the lexer goes on to the next line there too)? It was read as an open
    comment, and a pipe then waited for a `*/` that never came."""
    return _last_code_line(text).endswith("...")


def _last_code_line(text: str) -> str:
    """The last line's code: its quoted texts emptied, its trailing comments cut."""
    line = _QUOTED_RE.sub('""', text.rstrip().rsplit("\n", 1)[-1])
    cut = line.find("//")
    line = (line if cut < 0 else line[:cut]).rstrip()
    while line.endswith("*/") and "/*" in line:
        line = line[:line.rindex("/*")].rstrip()
    return line


def opens_procedure(text: str) -> bool:
    """Does the input start with a PROCEDURE header (closed by an empty line)?"""
    return _PROC_RE.match(text) is not None


def _closing_fits(text: str, err: WLSyntaxError) -> str:
    """Would `text` parse (or wait for an END only) once what it left open were closed on
    a line of its own: its brackets, a multi-line string (`[` or `"` ending a line), a
    `/*` comment? The closing must read as one (a quote that opens a new string does not
    fit); then the text fits when the parse succeeds, waits for a block, or fails beyond
    the text typed (`Trace(1,` + `)`: more may come first). The closing that fits, or
    "" when none does."""
    from ..syntax.lexer import tokenize
    from ..syntax.parser import parse
    closings = [err.closers] if err.closers else []
    if _TEXT_OPENER_RE.search(text):
        closings += ["]", '"']
        bare = _QUOTED_RE.sub("", text)
        nested = bare.count("[") - bare.count("]")
        if 1 < nested <= 64:  # JSON text whose arrays are open: `]` lines close them first
            closings.append("\n".join("]" * nested))
    if "/*" in text:
        closings.append("*/")
    typed = len(source_lines(text))
    for closing in closings:
        candidate = text.rstrip(BLANKS) + "\n" + closing
        try:
            tokenize(candidate, "<repl>")
        except WLSyntaxError as lexed:
            if not lexed.closers:
                continue
            candidate += "\n" + lexed.closers  # a string closed inside brackets: them too
        try:
            parse(candidate, "<repl>")
        except WLSyntaxError as again:
            if again.incomplete or (again.line or 0) > typed and not again.closers:
                return closing
            continue
        return closing
    return ""
