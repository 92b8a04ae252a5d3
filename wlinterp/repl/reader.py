"""Lines read from a pipe cut into inputs as the prompt cuts them, in linear time.

At the prompt, each Enter asks the parser whether the whole input so far is complete
(completeness.py); a pipe doing the same re-parsed the input at each of its lines, so a
block of n lines cost n parses of up to n lines (a 5,000-line block took minutes). Here
the parser is asked at every line only while the input is short (SHORT lines: the cut
is then exactly the prompt's, errors included). Beyond, a block can only be closed by a
line holding END/FIN (or LOOP's DO WHILE), so the reader counts the blocks each line
opens and closes, read alone, from one block open when the parser last said so, and asks
the parser again when an END brings the count to nothing (counting too few keeps it
exact: the parser is only asked sooner);
an open bracket, multi-line string or comment is asked again at a line that holds a
closing character. The count only decides when to ask: the parser still decides. A
line that may start a multi-line string or comment (its words may not be code) makes
the reader ask at every line that could close something until the parser has
re-counted the blocks. What a long input loses against the prompt: a syntax error in a
block of more than SHORT lines is reported when the block's END comes, with the whole
block, instead of at its line (docs/semantics.md, "8. The REPL").
"""
from __future__ import annotations

__all__ = ["inputs", "SHORT", "blocks_of"]

import re
from typing import Callable, Iterable, Iterator

from ..errors import WLSyntaxError
from .completeness import BLOCK, COMPLETE, MORE, OPEN, opens_procedure, waiting
from .procedure_end import PipedProcedure, ends_before, no_code

SHORT = 64
# Words and characters without which a line cannot close a block, a multi-line string
# or a comment (or the brackets such a line may be in).
_MAY_CLOSE_RE = re.compile(r'[)\]"”]|\*/|\b(?:end|fin|while|tantque)\b', re.I)
_QUOTED_RE = re.compile(r'"[^"]*"|“[^”]*”')  # a string that opens and closes on the line
# Inside an open text, a line's first quote closes it: its quotes are not paired as strings
# opened on the line (`"  // the "end` closes the text; its comment's quote opens nothing)
_QUOTES = frozenset('"”')
_TEXT_START_RE = re.compile(r'[\["][ \t\u00a0\u202f]*$|/\*')
# Block openers whose line always opens a block (an IF only when its line ends with THEN:
# `IF c THEN x` and `IF c x` are one-line forms).
_OPENERS = frozenset({"SWITCH", "FOR", "FOREACH", "FOREACH_STRING", "FOREACH_FILE",
                      "WHILE", "LOOP", "WHENEXC", "INTPROC", "USE", "STRUCTURE"})


def inputs(lines: Iterable[str], known: Callable[[str], bool] | None = None) -> Iterator[str]:
    """The inputs that `lines` make, in order; the last one may be unfinished (at the end
    of the lines it is given as it is, and reported as the prompt would at Ctrl-D). With
    `known` (does the session have this folded name?), lines are read as a pipe's: a
    PROCEDURE's empty line is held until the next line of code says whether the body goes
    on past it (a `.wl` file's), and a body that returned ends without one
    (procedure_end.py)."""
    buffer: list[str] = []
    held: list[str] = []  # a PROCEDURE up to an empty line, and the lines without code after
    own = PipedProcedure(known) if known is not None else None
    state, closing, depth, unsure = COMPLETE, "", 0, False
    for line in lines:
        if held and own is not None:
            if no_code(line):
                held.append(line)
                continue
            buffer, held = held, []
            if not own.goes_on(line):  # the empty line closed it, if nothing is left open
                text = "\n".join(buffer)
                state, closing = waiting(text)
                depth, unsure = 1, False
                if state == COMPLETE:
                    buffer = []
                    yield text
        buffer.append(line)
        procedure = opens_procedure(buffer[0])
        if procedure and own is not None:
            own.feed(line)
            if state == MORE and not line.strip():
                held, buffer = buffer, []  # (parsed when the next line of code comes)
                continue
        if state == MORE and line and procedure:
            if own is None or not ends_before(buffer):
                continue  # a PROCEDURE goes on to its empty line (spares joining the lines)
            yield "\n".join(buffer[:-1])  # its body returned: the line is the next input
            buffer = [line]
        if len(buffer) > SHORT and state in (BLOCK, OPEN):
            bare = _QUOTED_RE.sub("", line)  # (a string closed on its line closes nothing)
            if state == OPEN:
                if not _holds_closing(line if _QUOTES.intersection(closing) else bare,
                                      closing):
                    continue
            elif unsure:
                if not _MAY_CLOSE_RE.search(bare):
                    continue
            else:
                counted = blocks_of(line)
                if counted is None:
                    unsure = True
                    continue
                opens, closes = counted
                depth += opens - closes
                if not closes or depth > 0:
                    continue
        text = "\n".join(buffer)
        state, closing = waiting(text)
        depth, unsure = 1, False  # at least one block is open: never more than there are
        if state == COMPLETE:
            buffer = []
            yield text
    if held:
        yield "\n".join(held)
    if buffer:
        yield "\n".join(buffer)


def _holds_closing(line: str, closing: str) -> bool:
    """Could `line` hold the end of what is open: one of the brackets (or the quote) of
    `closing`, or the `*/` of a comment?"""
    if closing == "*/":
        return "*/" in line
    return any(c in line for c in closing)


def blocks_of(line: str) -> tuple[int, int] | None:
    """(blocks opened, blocks closed) by a line read alone, each statement of it (`;`)
    counted; an opener only when sure (too few openers only makes the reader ask the
    parser sooner). None when the line may start a multi-line string or comment."""
    from ..syntax.lexer import tokenize
    try:
        tokens = tokenize(line, "<repl>")
    except WLSyntaxError:
        if _TEXT_START_RE.search(line):
            return None
        return 0, 1 if _MAY_CLOSE_RE.search(line) else 0
    opens = closes = 0
    statement: list[str] = []
    for tok in tokens:
        if tok.type != "_NL":
            statement.append(tok.type)
            continue
        if statement:
            first = statement[0]
            if first == "END" or (first in ("DO", "TO") and "WHILE" in statement):
                closes += 1
            elif first in _OPENERS or "STRUCT_TYPE" in statement \
                    or "ENUM_TYPE" in statement or (first == "IF" and statement[-1] == "THEN"):
                opens += 1
        statement = []
    return opens, closes
