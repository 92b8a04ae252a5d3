"""The WLanguage lexer: source text -> Lark tokens for the LALR grammar.

WLanguage's lexical rules do not fit a regular-expression lexer alone, so this module
does them by hand, in two passes:

1. `_scan` cuts the text into raw tokens: `//` and `/* */` comments, `...` continuation,
   `"..."` strings with `""` (and typographic `“...”`, backticks, `<§...§>` translation
   placeholders), numbers with `_` separators and `0x`, and operators longest first.
   Keywords are recognised case- and accent-insensitively, in English and French. After
   `IS`/`ARE`/`EST`/`SONT` (and after `:` ending a PROCEDURE header) the type phrase is
   read as one TYPE token, because type phrases (`array of 5 strings`, `une chaîne`,
   `8-byte int`) are words, not expressions.
2. `_cook` turns newlines and `;` into statement separators (none inside brackets),
   merges multi-word keywords (`ELSE IF`, `OTHER CASE`, `FOR EACH`, `POUR TOUT`,
   `NOT IN`, `WHEN EXCEPTION IN`, `CASE ERROR:`, `INTERNAL PROCEDURE`) and joins a line
   starting with `ELSE action` to the one-line IF above it.
"""
from __future__ import annotations

__all__ = ["tokenize", "KEYWORDS", "Tok"]

import re
import textwrap
from typing import Iterator


from .errors import WLSyntaxError
from .names import fold

# Folded keyword -> terminal name. "à" is handled apart (it folds to the common name "a").
KEYWORDS: dict[str, str] = {
    "if": "IF", "si": "IF", "then": "THEN", "alors": "THEN", "else": "ELSE", "sinon": "ELSE",
    "end": "END", "fin": "END", "switch": "SWITCH", "selon": "SWITCH", "case": "CASE",
    "cas": "CASE", "for": "FOR", "pour": "FOR", "to": "TO", "_to_": "TO_ONCE",
    "_a_": "TO_ONCE", "step": "STEP", "while": "WHILE", "tantque": "WHILE",
    "loop": "LOOP", "boucle": "LOOP", "break": "BREAK", "sortir": "BREAK",
    "continue": "CONTINUE", "continuer": "CONTINUE", "return": "RETURN", "retour": "RETURN",
    "result": "RESULT", "resultat": "RESULT", "renvoyer": "RESULT",
    "procedure": "PROCEDURE", "function": "PROCEDURE", "fonction": "PROCEDURE",
    "internal": "INTERNAL", "interne": "INTERNAL", "local": "LOCAL", "locale": "LOCAL",
    "global": "GLOBAL", "globale": "GLOBAL", "constant": "CONSTANT", "constante": "CONSTANT",
    "constants": "CONSTANT", "constantes": "CONSTANT",
    "is": "IS", "est": "IS", "are": "ARE", "sont": "ARE", "let": "LET", "soit": "LET",
    "of": "OF", "in": "IN", "dans": "IN", "not": "NOT", "pas": "NOT", "and": "AND", "et": "AND",
    "or": "OR", "ou": "OR", "_and_": "SAND", "_et_": "SAND", "_or_": "SOR", "_ou_": "SOR",
    "true": "TRUE", "vrai": "TRUE", "false": "FALSE", "faux": "FALSE", "null": "NULL",
    "do": "DO", "faire": "DO", "on": "ON",
}
# Words that are keywords only where the grammar expects them (common variable names).
SOFT: dict[str, str] = {"a": "SOFT_A", "de": "SOFT_DE", "sur": "SOFT_SUR"}
_ARTICLES = {"a", "an", "un", "une"}
_STRING_WORDS = {"string", "chaine"}
_EACH_WORDS = {"each", "all", "tout", "toute", "tous", "toutes", "chaque"}
_OTHER_WORDS = {"other", "autre", "autres"}

_OPERATORS = [
    "...", "[~~]", "[~~", "[~]", "[~", "[=]", "[=", "~~]", "~]", "=]", "~~", "~=",
    "[[", "]]", "<=", ">=", "<>", "++", "--", "+=", "-=", "..", "::",
    "+", "-", "*", "/", "%", "^", "=", "<", ">", "(", ")", "[", "]", ",", ".", ":",
    "?", "{", "}", "&", ";",
]
_OP_NAMES = {
    "[~~]": "CONTAINS", "[~~": "STARTS", "[~]": "CONTAINS", "[~": "STARTS",
    "[=]": "CONTAINS", "[=": "STARTS", "~~]": "ENDS", "~]": "ENDS", "=]": "ENDS",
    "~~": "VFLEXEQ", "~=": "FLEXEQ", "[[": "LSUB", "]]": "RSUB", "<=": "LE", ">=": "GE",
    "<>": "NE", "++": "INC", "--": "DEC", "+=": "PLUSEQ", "-=": "MINUSEQ", "..": "DOTDOT",
    "::": "COLONCOLON", "+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH",
    "%": "PERCENT", "^": "CARET", "=": "EQ", "<": "LT", ">": "GT", "(": "LPAR", ")": "RPAR",
    "[": "LBRACK", "]": "RBRACK", ",": "COMMA", ".": "DOT", ":": "COLON", "?": "QMARK",
    "{": "LBRACE", "}": "RBRACE", "&": "AMP",
}
_OP_RE = "|".join(re.escape(op) for op in _OPERATORS)
_TOKEN_RE = re.compile(
    r"[ \t\f\v\u00a0\ufeff]*(?:"
    r"(?P<nl>\r\n|\r|\n)"
    r"|(?P<comment>//[^\r\n]*)"
    r"|(?P<block>/\*)"
    r"|(?P<cont>\.\.\.[ \t]*(?://[^\r\n]*)?(?:\r\n|\r|\n|$))"
    r"|(?P<str>\"(?:[^\"\r\n]|\"\")*\")"
    r"|(?P<tstr>“[^”\r\n]*”)"
    r"|(?P<bstr>`[^`\r\n]*`)"
    r"|(?P<ph><§[^§\r\n]*§>)"
    r"|(?P<num>0[xX][0-9A-Fa-f_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)"
    r"|(?P<name>[^\W\d]\w*)"
    r"|(?P<op>" + _OP_RE + r")"
    r"|\Z)"
)
_MEMBER_OPS = {"DOT", "DOTDOT", "MCOLON"}
_PROC_MODIFIERS = {"global", "globale", "local", "locale", "private", "privee", "public",
                   "publique", "protected", "protegee", "virtual", "virtuelle", "abstract",
                   "abstraite"}
_EOL_RE = re.compile(r"\r\n|\r|\n")
_OPERAND_END = {"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "NUMBER", "STRING", "RPAR",
                "RBRACK", "RSUB", "TRUE", "FALSE", "NULL"}



class Token:
    """A token as Lark's LALR driver needs it (type, value, position), but lighter than
    `lark.Token`: building tokens is a large share of parsing time."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "end_pos")

    def __init__(self, type: str, value: str, start_pos: int = 0, line: int = 0,
                 column: int = 0, end_pos: int = 0) -> None:
        self.type = type
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.end_pos = end_pos

    @property
    def end_line(self) -> int:
        return self.line

    @property
    def end_column(self) -> int:
        return self.column + len(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {self.value!r}, line={self.line}, col={self.column})"


Tok = Token


class _Scanner:
    """First pass: raw tokens with positions; type phrases captured as TYPE."""

    def __init__(self, text: str, filename: str) -> None:
        self.text = text
        self.filename = filename
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.out: list[Token] = []
        self.depth = 0  # () and [] nesting
        self.brackets: list[str] = []
        self.proc_line = False  # current logical line starts with PROCEDURE

    def error(self, message: str, pos: int | None = None, line: int | None = None) -> WLSyntaxError:
        p = self.pos if pos is None else pos
        ln = self.line if line is None else line
        col = p - self.line_start + 1
        return WLSyntaxError(message, ln, col, self.filename, self.text)

    def emit(self, kind: str, value: str, start: int, end: int = -1) -> Token:
        tok = Token(kind, value, start, self.line, start - self.line_start + 1,
                    start + len(value) if end < 0 else end)
        self.out.append(tok)
        return tok

    def newline(self, end: int) -> None:
        self.line += 1
        self.line_start = end

    def run(self) -> list[Token]:
        """The hot loop: common tokens are handled inline, rare ones by methods."""
        text, n = self.text, len(self.text)
        match = _TOKEN_RE.match
        out = self.out
        keywords, soft = KEYWORDS, SOFT
        pos = 0
        while pos < n:
            m = match(text, pos)
            if m is None:
                while text[pos] in " \t\f\v\u00a0\ufeff":
                    pos += 1
                self.pos = pos
                raise self.error(self._bad_char_message(text[pos]))
            kind = m.lastgroup
            end = m.end()
            if kind is None or kind == "comment":
                pos = end
                continue
            start = m.start(kind)
            if kind == "name":
                word = m.group(kind)
                key = fold(word)
                if key in keywords or word in ("à", "À", "_à_", "_À_"):
                    self.pos = end
                    self.name(word, start)
                    pos = self.pos
                    continue
                out.append(Token(soft.get(key, "NAME"), word, start, self.line,
                                 start - self.line_start + 1, end))
                pos = end
                continue
            pos = self.pos = end
            if kind == "op":
                self.operator(m.group(kind), start)
                pos = self.pos
            elif kind == "nl":
                if not (self.brackets and self.brackets[-1] == "["):  # array literals span lines
                    out.append(Token("NL", "\n", start, self.line, start - self.line_start + 1,
                                     end))
                    self.proc_line = False
                self.newline(end)
            elif kind == "num":
                self.emit("NUMBER", m.group(kind), start)
            elif kind == "str":
                self.emit("STRING", m.group(kind)[1:-1].replace('""', '"'), start, end)
            elif kind == "cont":
                if text[start:end].rstrip(" \t").endswith(("\n", "\r")):
                    self.newline(end)
            elif kind == "block":
                self.block_comment(start)
                pos = self.pos
            elif kind in ("tstr", "bstr"):
                self.emit("STRING", m.group(kind)[1:-1], start, end)
            elif kind == "ph":
                self.emit("STRING", m.group(kind), start, end)
        self.emit("NL", "\n", n)
        return self.out

    def _bad_char_message(self, ch: str) -> str:
        if ch == '"':
            return "unterminated string: the closing \" is missing on this line"
        if ch == "“":
            return "unterminated string: the closing ” is missing on this line"
        return f"unexpected character {ch!r}"

    def block_comment(self, start: int) -> None:
        close = self.text.find("*/", start + 2)
        if close < 0:
            raise self.error("unterminated /* comment", start)
        for m in re.finditer(r"\r\n|\r|\n", self.text[start:close]):
            self.newline(start + m.end())
        self.pos = close + 2

    def name(self, word: str, start: int) -> None:
        key = fold(word)
        kind = KEYWORDS.get(key)
        if word in ("à", "À"):
            kind = "TO"
        elif word.lower() in ("_à_",):
            kind = "TO_ONCE"
        if kind is None or (self.out and self.out[-1].type in _MEMBER_OPS
                            and self.out[-1].end_pos == start):
            self.emit(SOFT.get(key, "NAME") if kind is None else "NAME", word, start)
            return
        if kind == "PROCEDURE" and self.at_line_start():
            self.proc_line = True
        tok = self.emit(kind, word, start)
        if kind in ("IS", "ARE"):
            self.type_phrase(tok)

    def at_line_start(self) -> bool:
        return not self.out or self.out[-1].type == "NL" or (
            self.out[-1].type == "INTERNAL")

    def type_phrase(self, after: Token) -> None:
        """Read the words of a type up to `=`, `,` (inside parentheses), `)`, `;` or EOL."""
        text, i, n = self.text, self.pos, len(self.text)
        depth = 0
        chars: list[str] = []
        while i < n:
            c = text[i]
            if c in "\r\n;" or text.startswith("//", i):
                break
            if c == "<":  # extension attributes: <mapping="x">, <growth=1>
                close = text.find(">", i)
                if close < 0:
                    break
                i = close + 1
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif depth == 0 and (c == "=" or c == ")" or (c == "," and self.depth > 0)):
                break
            elif text.startswith("...", i):
                break
            chars.append(c)
            i += 1
        phrase = "".join(chars).strip()
        if not phrase:
            raise self.error("expected a type after '%s'" % after.value, i)
        start = self.pos + (len("".join(chars)) - len("".join(chars).lstrip()))
        kind = "TYPE"
        words = fold(phrase).split()
        if words and words[-1] == "structure" and all(w in _ARTICLES for w in words[:-1]):
            kind = "STRUCT_TYPE"
        self.emit(kind, phrase, start)
        self.pos = i

    def operator(self, op: str, start: int) -> None:
        if op == "...":
            raise self.error("'...' must end a line (it continues the statement on the next line)",
                             start)
        if op == ";":
            self.emit("NL", ";", start)
            return
        if op == "[" and self.multiline_string(start):
            return
        if op == "[[" and not (self.out and self.out[-1].type in _OPERAND_END):
            self.operator("[", start)
            self.pos = start + 1
            return
        if op == "]]" and (not self.brackets or self.brackets[-1] != "[["):
            self.operator("]", start)
            self.pos = start + 1
            return
        if op in ("(", "[", "[["):
            self.brackets.append(op)
            self.depth += 1
        elif op in (")", "]", "]]"):
            if self.brackets:
                self.brackets.pop()
            self.depth = max(self.depth - 1, 0)
        kind = _OP_NAMES[op]
        if kind == "COLON":
            kind = self.colon_kind(start)
        tok = self.emit(kind, op, start)
        if kind == "RETCOLON":
            self.type_phrase(tok)

    def multiline_string(self, start: int) -> bool:
        """`x = [` at the end of a line, text lines, then `]` alone: a multi-line string.

        The lines are joined with CR+LF and their common indentation removed. A `[` whose
        first content line looks like an array item (a literal, or ending with a comma)
        stays an array literal.
        """
        text = self.text
        eol = _EOL_RE.search(text, start + 1)
        if eol is None or text[start + 1:eol.start()].strip():
            return False
        if self.out and self.out[-1].type in _OPERAND_END:
            return False
        lines: list[str] = []
        pos = eol.end()
        while pos < len(text):
            nxt = _EOL_RE.search(text, pos)
            line_end, next_pos = (nxt.start(), nxt.end()) if nxt else (len(text), len(text))
            line = text[pos:line_end]
            if line.strip() == "]":
                break
            lines.append(line)
            pos = next_pos
        else:
            return False
        first = next((x.strip() for x in lines if x.strip()), "")
        if not first or first[0] in "\"“0123456789[-+(." or first.endswith(","):
            return False
        value = "\r\n".join(textwrap.dedent("\n".join(lines)).split("\n"))
        self.emit("STRING", value, start, line_end)
        self.line += len(lines) + 1  # now on the line of the closing `]`
        self.line_start = pos
        self.pos = line_end
        return True

    def colon_kind(self, start: int) -> str:
        """`v:member` (no space around) is member access; `)` `:` on a PROCEDURE line
        introduces the return type; any other colon is punctuation (`CASE 1:`)."""
        prev = self.out[-1] if self.out else None
        if self.proc_line and self.depth == 0 and prev is not None and prev.type in ("RPAR", "NAME"):
            return "RETCOLON"
        nxt = self.text[start + 1:start + 2]
        if prev is not None and prev.end_pos == start and (nxt.isalpha() or nxt == "_"):
            return "MCOLON"
        return "COLON"


def _merge(toks: list[Token]) -> Iterator[Token]:
    """Second pass: statement separators and multi-word keywords."""
    n = len(toks)
    i = 0
    line_start = True
    while i < n:
        t = toks[i]
        typ = t.type
        if typ == "NL":
            if not line_start:
                yield Token("_NL", "\n", t.start_pos, t.line, t.column)
            line_start = True
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        nxt_word = fold(nxt.value) if nxt is not None and nxt.type == "NAME" else ""
        if line_start and typ == "CASE" and nxt_word in ("error", "erreur", "exception") \
                and i + 2 < n and toks[i + 2].type in ("COLON", "MCOLON"):
            kind = "CASE_EXCEPTION" if nxt_word == "exception" else "CASE_ERROR"
            yield _retype(t, kind, f"{t.value} {nxt.value}:")
            i += 3
            line_start = False
            continue
        if line_start and typ == "NAME" and nxt is not None and nxt.type == "NAME" \
                and fold(t.value) == "structure":
            yield _retype(t, "STRUCTURE", t.value)
            i += 1
            line_start = False
            continue
        if typ in ("PROCEDURE", "INTPROC") and i + 2 < n and toks[i + 2].type == "NAME" \
                and fold(nxt.value) in _PROC_MODIFIERS:
            del toks[i + 1]  # PROCÉDURE GLOBALE / PRIVÉE Name(...): the modifier has no effect
            n -= 1
            continue
        merged = _two_word(typ, t, nxt, nxt_word)
        if merged is not None and merged[0] == "FOREACH" and i + 2 < n \
                and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) in _STRING_WORDS \
                and i + 3 < n and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
            merged = ("FOREACH_STRING", 3)
        if merged is not None:
            kind, used = merged
            if kind == "WHENEXC" and used == 2 and i + 2 < n and toks[i + 2].type == "IN":
                used = 3
            yield _retype(t, kind, " ".join(x.value for x in toks[i:i + used]))
            i += used
            line_start = False
            continue
        yield t
        line_start = False
        i += 1


def _two_word(typ: str, t: Token, nxt: Token | None, nxt_word: str) -> tuple[str, int] | None:
    if nxt is None:
        return None
    if typ == "ELSE" and nxt.type == "IF" and nxt.line == t.line:
        return "ELSEIF", 2
    if typ == "FOR" and nxt_word in _EACH_WORDS:
        return "FOREACH", 2
    if typ == "NAME" and fold(t.value) in ("separated", "separee", "separees") \
            and nxt_word in ("by", "par"):
        return "SEPARATED", 2
    if typ == "NOT" and nxt.type == "IN":
        return "NOTIN", 2
    if (typ == "INTERNAL" and nxt.type == "PROCEDURE") or (
            typ == "PROCEDURE" and nxt.type == "INTERNAL"):
        return "INTPROC", 2
    if typ == "NAME" and nxt.type == "CASE" and fold(t.value) in _OTHER_WORDS:
        return "OTHERCASE", 2
    if typ == "NAME" and fold(t.value) in ("when", "quand") and nxt_word == "exception":
        return "WHENEXC", 2
    return None


def _retype(t: Token, kind: str, value: str) -> Token:
    return Token(kind, value, t.start_pos, t.line, t.column)


def _join_else_lines(toks: list[Token]) -> list[Token]:
    """`IF c THEN a` / newline / `ELSE b`: drop the separator before a one-line ELSE."""
    out: list[Token] = []
    for i, t in enumerate(toks):
        if t.type == "ELSE" and out and out[-1].type == "_NL" and i + 1 < len(toks) \
                and toks[i + 1].type not in ("_NL", "$END") and _line_is_one_line_if(out):
            out.pop()
        out.append(t)
    return out


def _line_is_one_line_if(out: list[Token]) -> bool:
    """Is the logical line before the last separator an `IF ... THEN action` line?"""
    j = len(out) - 2
    saw_then_action = False
    while j >= 0 and out[j].type != "_NL":
        if out[j].type == "THEN" and j + 1 < len(out) - 1:
            saw_then_action = True
        j -= 1
    first = out[j + 1] if j + 1 < len(out) else None
    return saw_then_action and first is not None and first.type == "IF"


def tokenize(text: str, filename: str = "<string>") -> list[Token]:
    """All tokens of `text`, ready for the parser (statement separators as `_NL`)."""
    raw = _Scanner(text, filename).run()
    return _join_else_lines(list(_merge(raw)))
