"""The lexer's multi-line texts (lexer.py's `_Scanner` inherits them).

- `x = [` at the end of a line, text lines, then `]` first on its line: a text, unless
  its first line looks like an array item (multiline_text.py says when it is text anyway);
- `s = "` at the end of a line, text lines, then a line starting with `"`.

Both make one STRING token: the lines joined with CR+LF, their common indentation removed.
"""
from __future__ import annotations

__all__ = ["TextsMixin", "SPLICED_LINE_BREAK"]

import re
from typing import TYPE_CHECKING, Callable

from .bracket_closers import EOL_RE, CloserIndex
from .lexer_forms import OPERAND_END
from .blanks import BLANK
from .names import fold
from .tokens import Token
from .words import KEYWORDS, SOFT
from ..lazy_regex import lazy_compile
from ..lazy_import import on_first_call
from .stored_regex import stored_compile

if TYPE_CHECKING:
    from .multiline_text import text_anyway
else:
    on_first_call(globals(), ".multiline_text", "text_anyway")


_WORDS_RE = lazy_compile(rf"[^\W\d]\w*{BLANK}+[^\W\d]")  # two bare words: text, not items
_SECTION_RE = lazy_compile(r"\[[^\[\]\"“,]*[^\W\d][^\[\]\"“,]*\]$")  # `[WD examples]`
_QUOTED_RE = stored_compile(r"\"[^\"]*\"|“[^”]*”")
# a quoted text (`""` inside is a quote)
_QUOTED_TEXT_RE = lazy_compile(r"\"[^\"]*(?:\"\"[^\"]*)*\"")
# What may follow a text's closing quote on its line, read as the scanner reads it: a
# quoted text (`""` in it a quote), a comment's `//`, a quote that no other closes
_AFTER_CLOSE_RE = lazy_compile(r'"[^"]*(?:""[^"]*)*"|//|"')
# The last word before a quote, and the characters ending an operand that is no word
_LAST_WORD_RE = lazy_compile(r"\w+$")
_OPERAND_CHARS = frozenset(')]"”')
# The tokens after which a quote ending its line opens no text of lines: an operand's end,
# but no soft keyword (`POUR TOUTE CHAÎNE x DE "`: DE is the keyword there, as OF is)
_SOFT_WORDS = frozenset({"SOFT_A", "SOFT_DE", "SOFT_SUR"})
QUOTE_OPERAND_END = frozenset(OPERAND_END) - _SOFT_WORDS
# (a `[` ending its line after one of them, a blank between, opens a text of lines:
# `POUR TOUTE CHAÎNE s DE [`; `a[` right after a variable named `a` is a subscript)
# A number, maybe closed by `.`, `)` or `-`, then a word that is no duration unit (`3 min`)
# nor an operator word (`1 AND x`, `1 TO 5`, `2 SUR 3`): the first line of a text
# (`3 items were shipped`, `12 rue des Lilas`, `1. Open`), which no array item starts so
_NUMBER_THEN_WORD_RE = lazy_compile(
    rf"\d[\d_]*(?:[.,]\d+)?[.)-]?{BLANK}+(?!(?:ms|cs|min|mn|s|h|d|j|and|or|xor|not|mod|et|ou"
    rf"|pas|to|a|à|on|sur|in|dans|by|par|_\w+_)\b)[^\W\d_]", re.IGNORECASE)
# A line break of a text spliced into a multi-line text where it stands (a translated
# text's reference, quoted_references.in_texts): one character in place of CR+LF, so the
# lines of the code after it keep their numbers; read back as CR+LF in the STRING token
SPLICED_LINE_BREAK = "\ue00a"  # (a private-use character: no source text holds it)
# Blanks, then the end of the line: what may follow the `[` or `"` opening a multi-line
# string (matched where it stands: searching for the line's end from each `[` of a long
# line made `Abs(t[Abs(t[...` quadratic, seconds for 20,000 of them)
_BLANK_TO_EOL = stored_compile(r"[^\S\r\n]*(?:\r\n|\r|\n)")


class TextsMixin:
    """The scanner's state these methods read and move (lexer.py's `_Scanner` sets it)."""

    text: str
    pos: int
    line: int
    line_start: int
    out: list[Token]
    closers: CloserIndex | None  # built at the first `[` ending a line
    line_first: int  # index in `out` of the current logical line's first token
    # where the last join's continuation starts in `out`, and its logical line's first
    joined: tuple[int, int] = (-1, 0)

    if TYPE_CHECKING:
        def emit(self, kind: str, value: str, start: int, end: int = -1) -> Token: ...

    def quoted_multiline(self, start: int) -> bool:
        """`s = "` at the end of a line, text lines, then a line starting with `"`: a
        multi-line string between quotes (as `[` ... `]`: lines joined with CR+LF, their
        common indentation removed, `""` is a quote)."""
        text = self.text
        eol = _BLANK_TO_EOL.match(text, start + 1)
        if eol is None or self.out and self.out[-1].type in QUOTE_OPERAND_END:
            return False  # `x = a/b"`: a quote after an operand opens no text of lines
        found = self._lines_until(eol.end(), _closes_quote, '"')
        if found is None:
            return False
        lines, pos, close_at = found
        self._emit_text(lines, start, pos, close_at, quoted=True)
        return True

    def open_quote_hint(self, start: int) -> str:
        """What to add to "unterminated string" when the quote at `start` ends its line
        and opened no text of lines: after an operand (`URL = <URL>/v1/orders"`), the
        string's opening quote is likely missing; else no line closes the text."""
        if self.text[start] != '"' or _BLANK_TO_EOL.match(self.text, start + 1) is None:
            return ""
        prev = self.out[-1] if self.out else None
        if prev is not None and prev.type in QUOTE_OPERAND_END:
            after = f"'{prev.value}'" if prev.type in ("NAME", "NUMBER") else "an operand"
            return f"; the quote after {after} opens a string: is its opening quote missing?"
        return ("; a quote ending a line opens a text of several lines, which a line "
                "starting with \" closes, and none does")

    def _lines_until(self, pos: int, closes: "Callable[[str], bool]",
                     mark: str) -> "tuple[list[str], int, int] | None":
        """The text lines from `pos` up to the first line `closes` accepts: the lines,
        where the closing line starts, and where its `mark` is; None without one."""
        text = self.text
        lines: list[str] = []
        while pos < len(text):
            nxt = EOL_RE.search(text, pos)
            line_end, next_pos = (nxt.start(), nxt.end()) if nxt else (len(text), len(text))
            line = text[pos:line_end]
            if closes(line):
                return lines, pos, pos + line.index(mark)
            lines.append(line)
            pos = next_pos
        return None

    def _emit_text(self, lines: list[str], start: int, pos: int, close_at: int,
                   quoted: bool) -> None:
        """One STRING token for a multi-line string: the lines joined with CR+LF, their
        common indentation removed (`""` is a quote between quotes); the scanner goes on
        after the closing mark, on its line."""
        import textwrap  # only multi-line strings need it: kept off start-up
        value = "\r\n".join(textwrap.dedent("\n".join(lines)).split("\n"))
        if quoted:
            value = value.replace('""', '"')
        value = value.replace(SPLICED_LINE_BREAK, "\r\n")
        self.emit("STRING", value, start, close_at + 1)
        self.line += len(lines) + 1  # now on the line of the closing mark
        self.line_start = pos
        self.pos = close_at + 1

    def multiline_string(self, start: int) -> bool:
        """`x = [` at the end of a line, text lines, then `]` first on its line (alone, or
        followed by the rest of a call: `],gsSiteName)`): a multi-line string.

        The lines are joined with CR+LF and their common indentation removed. A `[` whose
        first content line looks like an array item (a literal, or ending with a comma)
        stays an array literal; a first line of a number then a word is text. The `[` may open the line after the `=` (`sTexte =` then
        `[`, as real code writes it): the statement goes on there.
        """
        text = self.text
        eol = _BLANK_TO_EOL.match(text, start + 1)
        if eol is None:
            return False
        out = self.out
        if out and out[-1].type in OPERAND_END and not (
                out[-1].type in _SOFT_WORDS and text[start - 1] in " \t"):
            return False  # (`t[`: a subscript; `DE [`: the keyword, then a text of lines)
        joined = self.opens_line_after_equals(start)
        # `]` alone, or `],a,b)`: the call goes on
        index = self.closers
        if index is None or eol.end() not in index.line_at:
            index = self.closers = CloserIndex(text, eol.end())
        found = index.lines_until(eol.end())
        if found is None:
            return False
        lines, pos, close_at = found
        first = next((x.strip() for x in lines if x.strip()), "")
        if _SECTION_RE.match(first) and (_WORDS_RE.search(first)
                                         or any("=" in x for x in lines)):
            pass  # `[Section]` then `Key = value` lines: the text of an INI file
        elif _adjacent_quoted(first):
            pass  # `"%1" "%2"`: the text of a command line, not array items
        elif _NUMBER_THEN_WORD_RE.match(first):
            pass  # `3 items were shipped`, `12 rue des Lilas`, `1. Open`: no array item
        elif not first or first[0] in "\"“0123456789[-+(." or (
                first.endswith(",") and not any(_WORDS_RE.search(_QUOTED_RE.sub("", x))
                                                for x in lines)):
            if not first and not joined or first and not text_anyway(
                    out[:-1] if joined else out, lines):  # (`x =`, `[`, `]`: an empty text)
                return False  # array items; but `SELECT a,` (two bare words) is text
        if joined:
            self.join_line_after_equals()  # `x =` / `[`: one statement
        self._emit_text(lines, start, pos, close_at, quoted=False)
        return True

    def opens_line_after_equals(self, start: int) -> bool:
        """Does the `[` at `start` open its line, right after a line ending with `=` or
        `+=` (`sTexte =` / `[`, `t =` / `[1, 2]`)? Such a line can be nothing else than
        the statement's value (docs/semantics.md, "Multi-line strings")."""
        out = self.out
        return len(out) >= 2 and out[-1].type == "NL" and out[-1].value == "\n" \
            and out[-2].type in ("EQ", "PLUSEQ") \
            and not self.text[self.line_start:start].strip()

    def join_line_after_equals(self) -> None:
        """Drop the newline after the `=`: the statement goes on (its first token is the
        logical line's first again). The walk back to that token stops at the last join
        (whose first token is kept): lines of `x =` then `[1] =`... stay linear."""
        out = self.out
        out.pop()
        first = len(out) - 1
        at, known = self.joined
        while first > 0 and out[first - 1].type != "NL":
            if first == at:
                first = known
                break
            first -= 1
        self.line_first = first
        self.joined = (len(out), first)


def _adjacent_quoted(line: str) -> bool:
    """Two quoted texts with only blanks between (`"%1" "%2"`, ?3035006, or later on the
    line: `"%1" -r300 -o "%3" "%2"`, a command line): no array item is that."""
    end = -1
    for m in _QUOTED_TEXT_RE.finditer(line):
        if end >= 0 and m.start() > end and not line[end:m.start()].strip():
            return True
        end = m.end()
    return False


def _closes_quote(line: str) -> bool:
    """A line starting with `"` (not `""`, a quote in the text) closes a quoted string,
    unless what follows that quote leaves a string open (`"label": "Ann",`, a JSON line):
    closing there would leave a string open on that line, so the quote that is never
    closed is the one that opened the text, and the error is said there. Quotes in a
    comment (`"  // the "closing`) are text: the line is read up to its `//`."""
    body = line.lstrip()
    if not body.startswith('"') or body.startswith('""'):
        return False
    for m in _AFTER_CLOSE_RE.finditer(body, 1):
        if m.group() == "//":
            return True  # a comment: its quotes open nothing
        if m.group() == '"':
            return _opens_lines(body, m.start())  # else a string left open on the line
    return True


def _opens_lines(body: str, at: int) -> bool:
    """Does the quote at `at`, that no other closes on the line, open another text of
    lines (`" + "`, `", "` then text lines: two texts chained, a call's next argument)?
    Only when it ends the line and follows no operand, as quoted_multiline says when the
    scanner stands there: `"sender": "SHOP"` (a JSON line) opens none."""
    if body[at + 1:].strip():
        return False
    before = body[:at].rstrip()
    word = _LAST_WORD_RE.search(before)
    if word is None:
        return before[-1:] not in _OPERAND_CHARS
    name = word.group()
    kind = "TO" if name in ("à", "À") else KEYWORDS.get(fold(name)) or SOFT.get(fold(name))
    return kind is not None and kind not in QUOTE_OPERAND_END  # a keyword: no operand
