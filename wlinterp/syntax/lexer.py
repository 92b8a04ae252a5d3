"""The WLanguage lexer: source text -> Lark tokens for the LALR grammar.

WLanguage's lexical rules do not fit a regular-expression lexer alone, so this module
does them by hand, in two passes:

1. `_Scanner` cuts the text into raw tokens: `//` and `/* */` comments, `...` continuation,
   `"..."` strings with `""` (and typographic `“...”`, backticks, `<§...§>` translation
   placeholders), numbers with `_` separators and `0x`, and operators longest first.
   Keywords are recognised case- and accent-insensitively, in English and French. After
   `IS`/`ARE`/`EST`/`SONT` (and after `:` ending a PROCEDURE header) the type phrase is
   read as one TYPE token, because type phrases (`array of 5 strings`, `une chaîne`,
   `8-byte int`) are words, not expressions.
2. statements.py turns newlines and `;` into statement separators (none inside brackets),
   merges multi-word keywords (`ELSE IF`, `OTHER CASE`, `FOR EACH`, `POUR TOUT`,
   `NOT IN`, `WHEN EXCEPTION IN`, `CASE ERROR:`, `INTERNAL PROCEDURE`) and joins a line
   starting with `ELSE action` to the one-line IF above it.
"""
from __future__ import annotations

__all__ = ["tokenize", "KEYWORDS", "Token"]

import re


from ..errors import WLSyntaxError
from .directives import DIRECTIVE_RE, compile_time_blocks
from .names import fold
from .multiline_text import text_anyway
from .one_line import join_else_lines, one_line_blocks
from .statements import merge_keywords
from .tokens import Token
from .words import ARTICLES as _ARTICLES, KEYWORDS, SHIFT_WORDS as _SHIFT_WORDS, SOFT

_OPERATORS = [
    "...", "[~~]", "[~~", "[~]", "[~", "[=]", "[=", "~~]", "~]", "=]", "~~", "~=",
    "[[", "]]", "=>", "<=", ">=", "<>", "<-", ">>", "++", "--", "+=", "-=", "..", "::", "||",
    "+", "-", "*", "/", "%", "^", "=", "<", ">", "(", ")", "[", "]", ",", ".", ":",
    "?", "{", "}", "&", ";", "|", "~",
]
_OP_NAMES = {
    "[~~]": "CONTAINS", "[~~": "STARTS", "[~]": "CONTAINS", "[~": "STARTS",
    "[=]": "CONTAINS", "[=": "STARTS", "~~]": "ENDS", "~]": "ENDS", "=]": "ENDS",
    "~~": "VFLEXEQ", "~=": "FLEXEQ", "[[": "LSUB", "]]": "RSUB", "<=": "LE", ">=": "GE",
    "<>": "NE", "++": "INC", "--": "DEC", "+=": "PLUSEQ", "-=": "MINUSEQ", "..": "DOTDOT",
    "::": "COLONCOLON", "+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH",
    "%": "PERCENT", "^": "CARET", "=": "EQ", "<": "LT", ">": "GT", "(": "LPAR", ")": "RPAR",
    "[": "LBRACK", "]": "RBRACK", ",": "COMMA", ".": "DOT", ":": "COLON", "?": "QMARK",
    "{": "LBRACE", "}": "RBRACE", "&": "AMP", "|": "PIPE", "||": "XOR", "~": "TILDE",
    "<-": "REFASSIGN", ">>": "AUTOMATION", "=>": "LAMBDA",
}
_SIMPLE_OPS = {op: name for op, name in _OP_NAMES.items()
               if op not in ("(", ")", "[", "]", "[[", "]]", ":", "*", "<-", ">>", "<", "=>",
                             "}")}
_OP_RE = "|".join(re.escape(op) for op in _OPERATORS)
_TOKEN_RE = re.compile(
    r"[ \t\f\v\u00a0\ufeff]*(?:"
    r"(?P<nl>\r\n|\r|\n)"
    r"|(?P<comment>//[^\r\n]*)"
    r"|(?P<block>/\*)"
    r"|(?P<cont>\.\.\.[ \t]*(?://[^\r\n]*)?(?:\r\n|\r|\n|$))"
    r"|(?P<str>\"(?:[^\"\r\n]++|\"\")*+\")"  # possessive: linear in time and memory
    r"|(?P<tstr>“[^”\r\n]*”)"
    r"|(?P<bstr>`[^`\r\n]*`)"
    r"|(?P<ph><§[^§\r\n]*§>)"
    r"|(?P<num>0[xX][0-9A-Fa-f_]+|0[nN]\d[\d_]*(?:\.\d[\d_]*)?|\d{1,3}(?: \d{3})+(?![\d_])(?:\.\d[\d_]*)?"
    r"|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)"
    r"|(?P<name>[^\W\d]\w*)"
    r"|(?P<op>" + _OP_RE + r")"
    r"|\Z)"
)
_MEMBER_OPS = {"DOT", "DOTDOT", "MCOLON", "COLONCOLON", "SELF"}
_WORDS_RE = re.compile(r"[^\W\d]\w*[ \t]+[^\W\d]")  # two bare words: text, not items
_SECTION_RE = re.compile(r"\[[^\[\]\"“,]*[^\W\d][^\[\]\"“,]*\]$")  # `[WD examples]`
_QUOTED_RE = re.compile(r"\"[^\"]*\"|“[^”]*”")
# `3 min 30 s`, `1 h`, `500 ms`, `2 j`: a Duration literal (a number and a unit word).
_DURATION_RE = re.compile(r"[ \t]*(?:ms|cs|min|mn|s|h|d|j)\b(?![ \t]*[(.\[])"
                          r"(?:[ \t]+\d+(?:\.\d+)?[ \t]*(?:ms|cs|min|mn|s|h|d|j)\b)*",
                          re.IGNORECASE)
# `[[a 11]]`, `t[a n]`: A (TO) opens a range; not `[[a TO 4]]`, `[[a A 4]]` (a variable a)
_DO_WHILE_RE = re.compile(r"[ \t]+faire\b", re.IGNORECASE)
_RANGE_START_RE = re.compile(r"[ \t]+(?!(?:a|à|to|on|sur)\b)[\w\"(]", re.IGNORECASE)
_COMPARISONS = {"LT", "LE", "GT", "GE", "EQ", "NE"}
_PRECISION_RE = re.compile(r"\(\s*(\*|\d+\s*(,\s*\d+\s*)?)\s*\)")  # (10,2), (10), (*)
_EOL_RE = re.compile(r"\r\n|\r|\n")
_OPERAND_END = {"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "NUMBER", "STRING", "RPAR",
                "RBRACK", "RSUB", "TRUE", "FALSE", "NULL"}



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
        self.open_at: list[tuple[int, int]] = []  # (line, column) of each open bracket
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
                kind = soft.get(key, "NAME")
                if kind == "SOFT_A" and out and out[-1].type in ("LSUB", "LBRACK") \
                        and _RANGE_START_RE.match(text, end):
                    kind = "TO"  # s[[a 11]], t[a 2]: the French À without its accent
                elif kind == "SOFT_A" and (not out or out[-1].type == "NL") \
                        and _DO_WHILE_RE.match(text, end):
                    kind = "TO"  # `A FAIRE TANTQUE c`: BOUCLE's end, À without its accent
                if key in _SHIFT_WORDS and out and out[-1].type in _OPERAND_END:
                    kind = _SHIFT_WORDS[key]
                if self.proc_line and self.untyped_param_before():
                    self.pos = start  # `PROCEDURE P(n entier)`: a type without IS
                    self.type_phrase(self.emit("IS", "", start, start))
                    pos = self.pos
                    continue
                out.append(Token(kind, word, start, self.line,
                                 start - self.line_start + 1, end))
                pos = end
                continue
            pos = self.pos = end
            if kind == "op":
                op = m.group(kind)
                simple = _SIMPLE_OPS.get(op)
                if simple is not None:  # most operators need no context: inline
                    out.append(Token(simple, op, start, self.line, start - self.line_start + 1,
                                     end))
                else:
                    self.operator(op, start)
                    pos = self.pos
            elif kind == "num":
                unit = _DURATION_RE.match(text, end)
                if unit is not None:
                    pos = self.pos = unit.end()
                    out.append(Token("DURATION", text[start:pos], start, self.line,
                                     start - self.line_start + 1, pos))
                    continue
                out.append(Token("NUMBER", m.group(kind), start, self.line,
                                 start - self.line_start + 1, end))
            elif kind == "nl":
                if not self.brackets or self.brackets[-1] == "{":  # inside (...) and [...]
                    # a statement goes on; a lambda's { code } has statements
                    out.append(Token("NL", "\n", start, self.line, start - self.line_start + 1,
                                     end))
                    self.proc_line = False
                self.newline(end)
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
        if self.brackets:
            opened = self.open_at[-1]
            err = WLSyntaxError(f"this '{self.brackets[-1]}' is never closed", opened[0],
                                opened[1], self.filename, self.text)
            err.incomplete = self.brackets[-1] == "{"  # a lambda's code: the REPL waits
            raise err
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
        if kind == "SWITCH" and not self.at_line_start() \
                and self.text[self.pos:self.pos + 40].lstrip(" \t")[:1] == "(":
            kind = "SWITCH_FN"  # x = SELON(v, a, b, SINON d): the expression form
        tok = self.emit(kind, word, start)
        if kind in ("IS", "ARE"):
            self.type_phrase(tok)

    def several_types(self, after: Token) -> bool:
        """`PROCEDURE P() : (int, string)`: a procedure returning several values
        (`RESULT (1, "a")`, `(a, b) = P()`). The listed types are read over and the
        result is a variant (the list of values, converted by the assignment)."""
        text = self.text
        start = len(text) - len(text[self.pos:].lstrip(" \t"))
        if text[start:start + 1] != "(":
            return False
        close = text.find(")", start)
        eol = _EOL_RE.search(text, start)
        if close < 0 or (eol is not None and close > eol.start()):
            raise self.error("expected ')' to close the list of result types", start)
        self.emit("TYPE", "variant", start)
        self.pos = close + 1
        return True

    def at_line_start(self) -> bool:
        return not self.out or self.out[-1].type == "NL" or (
            self.out[-1].type == "INTERNAL")

    def type_phrase(self, after: Token) -> None:
        """Read the words of a type up to `=`, `,` (inside parentheses), `)`, `;` or EOL."""
        text, i, n = self.text, self.pos, len(self.text)
        if after.type == "RETCOLON" and self.several_types(after):
            return
        depth = 0
        chars: list[str] = []
        while i < n:
            c = text[i]
            if c in "\r\n;" or text.startswith("//", i):
                break
            if c == "<":  # extension attributes: <mapping="x">, <growth=1>
                close = text.find(">", i)
                eol = _EOL_RE.search(text, i)
                if close < 0 or (eol is not None and close > eol.start()) \
                        or not (text[i + 1:i + 2].isalpha() or text[i + 1:i + 2] == "_"):
                    break  # `v is variant <- 1`: not an attribute
                if fold(text[i + 1:close]).lstrip().startswith(("growth", "agrandissement")):
                    chars.extend(" " + text[i:close + 1] + " ")  # read by parse_type
                i = close + 1
                continue
            if c == "(" and depth == 0 and (fold("".join(chars)).rstrip().endswith(
                    ("associative array", "tableau associatif")) or (
                    fold("".join(chars)).rstrip().endswith(("numeric", "numerique"))
                    and _PRECISION_RE.match(text, i))):  # numeric (10,2): its precision
                close = text.find(")", i)  # (options, default, key type): kept for the
                if close >= 0 and _EOL_RE.search(text, i, close) is None:  # type's options
                    chars.extend(text[i:close + 1])
                    i = close + 1
                    continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif depth == 0 and (c in "=)(" or (c == "," and self.depth > 0)):
                break  # `(` starts constructor arguments: `c is CAccount("Ann")`
            elif text.startswith("...", i):
                break
            chars.append(c)
            i += 1
        phrase = "".join(chars).strip()
        if not phrase:
            raise self.error("expected a type after '%s'" % after.value, i)
        start = self.pos + (len("".join(chars)) - len("".join(chars).lstrip()))
        kind = "TYPE"
        words = fold(phrase).replace(",", " ").split()
        if len(words) > 1 and words[-1] in ("abstract", "abstraite") \
                and words[-2] in ("classe", "class"):
            words.pop()  # `X is a Class, abstract`: the builder reads the word
        if words and words[-1] in ("structure", "classe", "class") \
                and all(w in _ARTICLES for w in words[:-1]):
            kind = "STRUCT_TYPE"
        elif words in (["composed", "of"], ["composee", "de"], ["compose", "de"]):
            kind = "STRUCT_TYPE"  # `X is composed of`: a composite variable (builder.py)
        elif words and words[-1] in ("enumeration", "combination", "combinaison") \
                and all(w in _ARTICLES for w in words[:-1]):
            kind = "ENUM_TYPE"
        self.emit(kind, phrase, start)
        self.pos = i

    def operator(self, op: str, start: int) -> None:
        if op == "...":
            raise self.error("'...' must end a line (it continues the statement on the next line)",
                             start)
        if op == ";":
            self.emit("NL", ";", start)
            return
        if op in ("<-", ">>"):
            self.arrow(op, start)
            return
        if op == "=>":
            self.lambda_head(start)
            return
        if op == "}" and self.brackets and self.brackets[-1] == "{":
            self.brackets.pop()  # the end of a lambda's code: its last statement ends
            self.open_at.pop()
            self.depth = max(self.depth - 1, 0)
            self.emit("NL", "}", start, start)
            self.emit("RBODY", op, start)
            return
        if op == "<" and self.proc_line and self.procedure_attribute(start):
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
            self.open_at.append((self.line, start - self.line_start + 1))
            self.depth += 1
        elif op in (")", "]", "]]"):
            if self.brackets:
                self.brackets.pop()
                self.open_at.pop()
            self.depth = max(self.depth - 1, 0)
        kind = _OP_NAMES[op]
        if kind == "STAR" and self.out and self.out[-1].type in _COMPARISONS \
                and self.text[start + 1:].lstrip(" \t")[:1] in ("<", ">", "="):
            kind = "SUBJECT"  # CASE 1 < * <= 5: `*` is the value SWITCH tests
        if kind == "COLON":
            kind = self.colon_kind(start)
        tok = self.emit(kind, op, start)
        if kind == "RETCOLON":
            self.type_phrase(tok)

    def arrow(self, op: str, start: int) -> None:
        """`x <- y` (reference assignment) and `obj>>Member` (automation object access);
        elsewhere the two characters are two comparisons (`a<-1`, `CASE >>`... unlikely)."""
        prev = self.out[-1] if self.out else None
        if op == ">>" and prev is not None and prev.type in _OPERAND_END:
            nxt = self.text[start + 2:start + 3]
            if nxt.isalpha() or nxt == "_":
                self.emit("AUTOMATION", op, start)
                return
        if op == "<-" and prev is not None and (prev.type in _OPERAND_END or prev.type == "TYPE") \
                and self.depth == 0 and self.line_head() in ("NAME", "SELF", "COLONCOLON"):
            self.emit("REFASSIGN", op, start)
            return
        self.emit("LT" if op == "<-" else "GT", op[0], start, start + 1)
        self.pos = start + 1

    def lambda_head(self, start: int) -> None:
        """`(a, b) => ...`, `x => ...`, `() => ...`: the parameters already scanned become
        one LAMBDA token (its value: one `name<TAB>type` line per parameter); a `{` right
        after `=>` opens the lambda's code, in which lines are statements."""
        out = self.out
        j = len(out) - 1
        if j >= 0 and out[j].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR") \
                and (j == 0 or out[j - 1].type not in _MEMBER_OPS):
            params = [(out[j].value, "")]
        elif j >= 0 and out[j].type == "RPAR":
            k = j - 1
            while k >= 0 and out[k].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "COMMA",
                                             "IS", "TYPE", "LOCAL"):
                k -= 1
            if k < 0 or out[k].type != "LPAR" or (k > 0 and out[k - 1].type in _OPERAND_END):
                raise self.error("'=>' must follow the parameters of a lambda: "
                                 "(a, b) => ..., or x => ...", start)
            params = []
            for tok in out[k + 1:j]:
                if tok.type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
                    params.append((tok.value, ""))
                elif tok.type == "TYPE" and params:
                    params[-1] = (params[-1][0], tok.value)
            j = k
        else:
            raise self.error("'=>' must follow the parameters of a lambda: (a, b) => ..., "
                             "or x => ...", start)
        first = out[j]
        del out[j:]
        value = "\n".join(f"{name}\t{ttext}" for name, ttext in params)
        out.append(Token("LAMBDA", value, first.start_pos, first.line, first.column, start + 2))
        brace = self.text.find("{", start + 2)
        if brace >= 0 and not self.text[start + 2:brace].strip(" \t"):
            self.brackets.append("{")
            self.open_at.append((self.line, brace - self.line_start + 1))
            self.depth += 1
            self.emit("LBODY", "{", brace)
            self.emit("NL", "{", brace + 1, brace + 1)
            self.pos = brace + 1
        else:
            self.pos = start + 2

    def procedure_attribute(self, start: int) -> bool:
        """`<get>`, `<set>`, `<thread principal>`, `<utile>`... after a PROCEDURE header or
        a parameter: extension attributes. They are skipped; the PROCEDURE token keeps
        them in its value (`<get>`/`<set>` make the method a property accessor)."""
        text = self.text
        close = text.find(">", start)
        eol = _EOL_RE.search(text, start)
        if close < 0 or (eol is not None and close > eol.start()) \
                or not (text[start + 1:start + 2].isalpha()):
            return False
        for tok in reversed(self.out):
            if tok.type == "PROCEDURE":
                tok.value += " " + text[start:close + 1]
                break
            if tok.type == "NL":
                break
        self.pos = close + 1
        return True

    def untyped_param_before(self) -> bool:
        """In a PROCEDURE header, is the last token a parameter name with no type yet?"""
        out = self.out
        return (self.depth == 1 and len(out) > 1 and out[-1].type == "NAME"
                and out[-2].type in ("LPAR", "COMMA", "LOCAL"))

    def line_head(self) -> str:
        """The type of the first token of the current logical line ('' if none yet)."""
        out = self.out
        j = len(out) - 1
        while j >= 0 and out[j].type != "NL":
            j -= 1
        return out[j + 1].type if j + 1 < len(out) else ""

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
        if _SECTION_RE.match(first) and (_WORDS_RE.search(first)
                                         or any("=" in x for x in lines)):
            pass  # `[Section]` then `Key = value` lines: the text of an INI file
        elif not first or first[0] in "\"“0123456789[-+(." or (
                first.endswith(",") and not any(_WORDS_RE.search(_QUOTED_RE.sub("", x))
                                                for x in lines)):
            if not first or not text_anyway(self.out, lines):
                return False  # array items; but `SELECT a,` (two bare words) is text
        import textwrap  # only multi-line strings need it: kept off start-up
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
        if (nxt.isalpha() or nxt == "_") and (prev is None or prev.type not in _OPERAND_END):
            return "SELF"  # `:m_member` in a method: a member of the current object
        if prev is not None and prev.end_pos == start and (nxt.isalpha() or nxt == "_"):
            return "MCOLON"
        return "COLON"


def tokenize(text: str, filename: str = "<string>") -> list[Token]:
    """All tokens of `text`, ready for the parser (statement separators as `_NL`)."""
    if "<" in text and DIRECTIVE_RE.search(text):
        text = compile_time_blocks(text)
    raw = _Scanner(text, filename).run()
    return one_line_blocks(join_else_lines(list(merge_keywords(raw))))
