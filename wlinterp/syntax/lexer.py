"""The WLanguage lexer: source text -> Lark tokens for the LALR grammar.

WLanguage's lexical rules do not fit a regular-expression lexer alone, so this module
does them by hand, in two passes:

1. `_Scanner` cuts the text into raw tokens: `//` and `/* */` comments, `...` continuation,
   `"..."` strings with `""` (and typographic `“...”`, backticks, `<§...§>` translation
   placeholders), numbers with `_` separators and `0x`, and operators longest first.
   Keywords are recognised case- and accent-insensitively, in English and French. After
   `IS`/`ARE`/`EST`/`SONT` (and after `:` ending a PROCEDURE header) the type phrase is
   read as one TYPE token, because type phrases (`array of 5 strings`, `une chaîne`,
   `8-byte int`) are words, not expressions. The forms that need context (type
   phrases, `<-`/`>>`) are in lexer_forms.py, lambda heads in lexer_lambdas.py, multi-line texts in
   multiline_strings.py, the operators whose token depends on what surrounds them
   (`:`, `;`, `[[`, `}`...) in lexer_operators.py; the operator tables and the master regular expression in token_patterns.py; what counts
   as a blank (no-break spaces too) in blanks.py.
2. statements.py turns newlines and `;` into statement separators (none inside brackets),
   merges multi-word keywords (`ELSE IF`, `OTHER CASE`, `FOR EACH`, `POUR TOUT`,
   `NOT IN`, `WHEN EXCEPTION IN`, `CASE ERROR:`, `INTERNAL PROCEDURE`) and joins a line
   starting with `ELSE action` to the one-line IF above it.
"""
from __future__ import annotations

__all__ = ["tokenize", "KEYWORDS", "Token"]

from typing import TYPE_CHECKING
import re

from ..errors import WLSyntaxError
from .blanks import BLANKS
from .hoist import MARK, hoisted
from .bracket_closers import CloserIndex
from .lexer_forms import MEMBER_OPS as _MEMBER_OPS, OPERAND_END as _OPERAND_END
from .lexer_operators import OperatorsMixin
from .names import composed, fold
from .one_line import one_line_blocks
from .result_word import RESULT_WORDS, result_is_name
from .statements import merge_keywords
from .tokens import Token
from .token_patterns import (DO_WHILE_RE as _DO_WHILE_RE, DURATION_RE as _DURATION_RE,
                             RANGE_START_RE as _RANGE_START_RE, SIMPLE_OPS as _SIMPLE_OPS,
                             SPECIAL_WORDS as _SPECIAL_WORDS, TOKEN_RE as _TOKEN_RE,
                             duration_may_follow)
from .words import ARTICLES, KEYWORDS, SHIFT_WORDS as _SHIFT_WORDS, SOFT
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .class_test import is_class_test
    from .directives import for_this_target
else:
    on_first_call(globals(), ".class_test", "is_class_test")
    on_first_call(globals(), ".directives", "for_this_target")

_QUOTES = ("'", '"')  # a `.` before one may open a quoted member name
_NOT_PLAIN = _SPECIAL_WORDS | ARTICLES  # names the hot loop hands to special_name


# What closes each bracket the scanner keeps open (the REPL tries them: repl/completeness.py)
_CLOSERS = {"(": ")", "[": "]", "[[": "]]", "{": "}"}


class _Scanner(OperatorsMixin):
    """First pass: raw tokens with positions; type phrases captured as TYPE (the forms that
    need context are lexer_forms.py's and multiline_strings.py's, the operators that need
    it lexer_operators.py's)."""

    def __init__(self, text: str, filename: str) -> None:
        self.text = text
        self.filename = filename
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.out: list[Token] = []
        self.depth = 0  # () and [] nesting
        self.brackets: list[str] = []
        self.open_at: list[tuple[int, int]] = []  # (line, column) of each open bracket
        self.proc_line = False  # current logical line starts with PROCEDURE
        self.closers: CloserIndex | None = None
        self.line_first = 0  # index in `out` of the current logical line's first token
        self.last_case = -1  # index in `out` of the last CASE token
        self.clause_first = -1  # index in `out` of the token after the last THEN / ELSE
        self.case_colon = -1  # index in `out` of the first colon of a line (after its head)

    def error(self, message: str, pos: int | None = None, line: int | None = None) -> WLSyntaxError:
        p = self.pos if pos is None else pos
        ln = self.line if line is None else line
        col = p - self.line_start + 1
        return WLSyntaxError(message, ln, col, self.filename, self.text)

    def emit(self, kind: str, value: str, start: int, end: int = -1) -> Token:
        tok = Token(kind, value, start, self.line, start - self.line_start + 1,
                    start + len(value) if end < 0 else end)
        self.out.append(tok)
        if kind == "NL":
            self.line_first = len(self.out)
        return tok

    def newline(self, end: int) -> None:
        self.line += 1
        self.line_start = end

    def run(self) -> list[Token]:
        """All raw tokens of the text: scanned from the start, again from wherever a method
        moved the position, until the text is read; then every bracket must be closed."""
        n = len(self.text)
        pos = 0
        while pos < n:
            pos = self.scan_from(pos)
        self.check_closed()
        self.emit("NL", "\n", n)
        return self.out

    def scan_from(self, pos: int) -> int:
        """The hot loop: common tokens (plain names, operators without context, line ends)
        are handled inline, the others by methods. The matches come from one `finditer`
        (each starts where the last ended: `bad` takes any other character); a method that
        moves the position returns where to start again (-1 when it did not). The line,
        where it starts and `proc_line` are read through locals: written back when a
        newline moves them, read back after a method (which may move them). Returns
        where to scan from next (the text's length when it is read)."""
        text = self.text
        out = self.out
        append = out.append
        not_plain, simple_ops = _NOT_PLAIN, _SIMPLE_OPS
        line, col0 = self.line, self.line_start - 1  # a token's column: start - col0
        proc_line = self.proc_line
        for m in _TOKEN_RE.finditer(text, pos):
            kind = m.lastgroup
            end = m.end()
            if kind == "name":
                start = m.start(kind)
                word = m.group(kind)
                if not word.isascii():  # `prénom` saved decomposed: the same name
                    word = composed(word)
                key = fold(word)
                if proc_line or key in not_plain:
                    restart = self.special_name(word, key, start, end)
                    line, col0, proc_line = self.line, self.line_start - 1, self.proc_line
                    if restart >= 0:
                        return restart
                    continue
                append(Token("NAME", word, start, line, start - col0, end))
                continue
            if kind == "op":
                start = m.start(kind)
                op = m.group(kind)
                simple = simple_ops.get(op)
                if simple is not None and (op != "." or text[end:end + 1] not in _QUOTES):
                    # most operators need no context: inline (`x."a:b"` is a member)
                    append(Token(simple, op, start, line, start - col0, end))
                    continue
                self.pos = end
                self.operator(op, start)
                line, col0, proc_line = self.line, self.line_start - 1, self.proc_line
                if self.pos != end:
                    return self.pos
                continue
            if kind == "nl":
                if not self.brackets or self.brackets[-1] == "{":  # inside (...), [...]
                    # a statement goes on; a lambda's { code } has statements
                    start = m.start(kind)
                    append(Token("NL", "\n", start, line, start - col0, end))
                    proc_line = self.proc_line = False
                    self.line_first = len(out)
                line += 1
                col0 = end - 1
                self.line, self.line_start = line, end
                continue
            if kind is None or kind == "comment":
                continue
            if kind == "str":
                start = m.start(kind)
                append(Token("STRING", m.group(kind)[1:-1].replace('""', '"'), start, line,
                             start - col0, end))
                continue
            restart = self.other_token(kind, m)
            line, col0 = self.line, self.line_start - 1
            if restart >= 0:
                return restart
        return len(text)  # the text is read

    def special_name(self, word: str, key: str, start: int, end: int) -> int:
        """A name that may not be a plain NAME: a keyword, a soft or shift word, a type
        without IS in a PROCEDURE header, an article after ISA. Returns where to scan
        from again when a type phrase was read, else -1."""
        kind = "NAME"
        if key in _SPECIAL_WORDS:  # a keyword, soft word or shift word
            if key in KEYWORDS or (key == "a" and word in ("à", "À")):
                self.pos = end
                self.name(word, start)
                return self.pos if self.pos != end else -1  # a type phrase was read
            kind = self.soft_kind(key, end)
        out = self.out
        if self.proc_line and self.untyped_param_before():
            self.pos = start  # `PROCEDURE P(n entier)`: a type without IS
            self.type_phrase(self.emit("IS", "", start, start))
            return self.pos
        if key in ARTICLES and out and out[-1].type == "ISA" \
                and self.next_char(end).isidentifier():
            return -1  # `o est un CClasse`: an article, as in a declaration
        out.append(Token(kind, word, start, self.line, start - self.line_start + 1, end))
        return -1

    def other_token(self, kind: str, m: re.Match[str]) -> int:
        """A number (or a duration `5 min`), a `“...”` or backtick string, a continuation `...`, a block
        comment, a placeholder or a character no token starts with. Returns where to scan
        from again when the position moved past the match, else -1."""
        text = self.text
        start, end = m.start(kind), m.end()
        self.pos = end
        if kind == "num":
            unit = _DURATION_RE.match(text, end) if duration_may_follow(text, end) else None
            if unit is None:
                self.emit("NUMBER", m.group(kind), start, end)
                return -1
            self.pos = unit.end()
            self.emit("DURATION", text[start:self.pos], start, self.pos)
            return self.pos
        if kind == "cont":  # (with the lines of comments alone it took)
            self.continued(start, end)
        elif kind == "block":
            self.block_comment(start)
            return self.pos
        elif kind in ("tstr", "bstr"):
            self.emit("STRING", m.group(kind)[1:-1], start, end)
        elif kind == "ph":
            if m.group(kind)[:6].lower() != "<§rad:":  # `<§rad:1§>`: an IDE marker (any case)
                self.emit("STRING", m.group(kind), start, end)
        else:  # bad
            self.pos = start
            if text[start] == '"' and self.quoted_multiline(start):
                return self.pos  # `s = "` at a line's end: a multi-line string
            raise self.error(self._bad_char_message(text, start))
        return -1

    def check_closed(self) -> None:
        """At the text's end every bracket must be closed (the REPL waits for the rest of a
        lambda's code, and is told what closes the others)."""
        if not self.brackets:
            return
        opened = self.open_at[-1]
        err = WLSyntaxError(f"this '{self.brackets[-1]}' is never closed", opened[0],
                            opened[1], self.filename, self.text)
        err.incomplete = self.brackets[-1] == "{"  # a lambda's code: the REPL waits
        err.closers = "".join(_CLOSERS[b] for b in reversed(self.brackets))
        raise err

    def soft_kind(self, key: str, end: int) -> str:
        """The terminal of a name that is a keyword only in context (`A`/`à` as TO, `DE`,
        `SUR`; `bitLeftShift`, `modulo` after an operand)."""
        out = self.out
        kind = SOFT.get(key)
        if kind is None:
            if key in _SHIFT_WORDS and out and out[-1].type in _OPERAND_END:
                return _SHIFT_WORDS[key]
            return "NAME"
        if kind == "SOFT_A" and out and (out[-1].type in ("LSUB", "LBRACK", "CASE") or (
                out[-1].type == "COMMA" and self.last_case >= self.line_first)) \
                and _RANGE_START_RE.match(self.text, end):
            kind = "TO"  # s[[a 11]], t[a 2], CAS A 8, CAS 1, A 8: À without its accent
        elif kind == "SOFT_A" and (not out or out[-1].type == "NL") \
                and _DO_WHILE_RE.match(self.text, end):
            kind = "TO"  # `A FAIRE TANTQUE c`: BOUCLE's end, À without its accent
        return kind

    def _bad_char_message(self, text: str, start: int) -> str:
        """Why the character at `start` stops the lexer; for what code ported from C,
        C#, Java or JavaScript writes (`!=`, 'text', `\\"` inside a string), what
        WLanguage writes instead."""
        ch = text[start]
        if ch in '"“':
            line = text[text.rfind("\n", 0, start) + 1:start]
            escaped = '\\"' in line  # `"a\"b"`: the string ended at the escaped quote
            return ("unterminated string: the closing " + ('"' if ch == '"' else "”")
                    + " is missing on this line" + ("; WLanguage has no \\\" escape: a quote "
                                                     'inside a string is doubled ("")'
                                                     if escaped else self.open_quote_hint(start)))
        if ch == "\\" and text.startswith('\\"', start):  # `"{\"name\": ...}"`
            return ("unexpected character '\\': WLanguage has no \\\" escape: a quote inside "
                    'a string is doubled ("")')
        if ch == "\\" and text[start + 1:].split("\n", 1)[0].strip()[:2] in ("", "//"):
            return ("a '\\' at the end of a line does not carry the statement over in "
                    "WLanguage (C, Python and shell write it so): end the line with ... "
                    "instead")  # `HExecuteSQLQuery(ds, hQuery, \` then the SQL's line
        if ch == "!":
            return ("'!=' is no WLanguage operator: 'different from' is written <>"
                    if text.startswith("!=", start) else "'!' is no WLanguage operator: a "
                    "condition is negated with NOT (PAS)")
        if ch == "'":
            return ("unexpected character \"'\": WLanguage writes a string between double "
                    'quotes ("...") and a comment after //')
        return f"unexpected character {ch!r}"

    def continued(self, start: int, end: int) -> bool:
        """Count the line ends a continuation `...` took (its own, and those of the
        lines holding only a comment after it); did it take any?"""
        text = self.text
        took = False
        for i in range(start, end):
            if text[i] == "\n" or (text[i] == "\r" and text[i + 1:i + 2] != "\n"):
                self.newline(i + 1)
                took = True
        return took

    def block_comment(self, start: int) -> None:
        close = self.text.find("*/", start + 2)
        if close < 0:
            raise self.error("unterminated /* comment", start)
        for m in re.finditer(r"\r\n|\r|\n", self.text[start:close]):
            self.newline(start + m.end())
        self.pos = close + 2

    def name(self, word: str, start: int) -> None:
        """A keyword (or `à`, TO): its token, but a name right after `.`, `:` or `::`
        (`obj.End`); PROCEDURE, SWITCH, IS and ARE have context of their own."""
        key = fold(word)
        kind = KEYWORDS.get(key)  # (`_à_` folds to `_a_`: TO_ONCE)
        if word in ("à", "À"):
            kind = "TO"
        out = self.out
        if kind is None or (out and out[-1].type in _MEMBER_OPS and out[-1].end_pos == start) \
                or key in RESULT_WORDS and result_is_name(  # `Resultat = x`: a variable
                    self.text, start + len(word), out[-1].type if out else None, _OPERAND_END):
            self.emit(SOFT.get(key, "NAME") if kind is None else "NAME", word, start)
            return
        if kind == "PROCEDURE" and self.at_line_start():
            self.proc_line = True
        if kind == "SWITCH" and not self.at_line_start() \
                and self.text[self.pos:self.pos + 40].lstrip(BLANKS)[:1] == "(":
            kind = "SWITCH_FN"  # x = SELON(v, a, b, SINON d): the expression form
        tok = Token(kind, word, start, self.line, start - self.line_start + 1, start + len(word))
        out.append(tok)
        if kind == "CASE":  # `CAS 1, A 8`: soft_kind asks whether the line opened so
            self.last_case = len(out) - 1
        elif kind == "THEN" or kind == "ELSE":  # `IF c THEN p <- q ELSE p <- r`: each
            self.clause_first = len(out)  # branch is a statement of its own (arrow)
        if kind == "IS" and is_class_test(out, self.line_first, self.proc_line,
                                          self.text, self.pos):
            tok.type = "ISA"  # `o is CBase` in an expression (class_test.py)
        elif kind in ("IS", "ARE"):
            self.type_phrase(tok)

    def at_line_start(self) -> bool:
        return not self.out or self.out[-1].type == "NL" or (
            self.out[-1].type == "INTERNAL")


def tokenize(text: str, filename: str = "<string>") -> list[Token]:
    """All tokens of `text`, ready for the parser (statement separators as `_NL`)."""
    if "<" in text:  # `<IF ExecutionTarget=...>` blocks: directives.py
        text = for_this_target(text)
    raw = _Scanner(text, filename).run()
    tokens = one_line_blocks(*merge_keywords(raw))
    return hoisted(tokens, text) if MARK in text else tokens


def raw_tokens(text: str, filename: str = "<string>") -> list[Token]:
    """The scanner's tokens of `text` before the line forms are merged (an `EXTERN "file"`
    line is still its NAME and its STRING): for a pass that needs words the parser drops,
    with strings and comments already told apart from code."""
    if "<" in text:
        text = for_this_target(text)
    return _Scanner(text, filename).run()
