"""The lexer's forms that need context (lexer.py's `_Scanner` inherits them).

- type phrases after `IS`/`ARE`/`EST`/`SONT` and after a PROCEDURE header's `:` (one TYPE
  token: `array of 5 strings`, `une chaîne`, `numeric (10,2)`), the untyped parameters
  of `PROCEDURE P(n entier)` and a header's `<attributes>`;
- `x <- y` (reference assignment) and `obj>>Member` (automation) against two comparisons.

A lambda's head `(a, b) =>` and its `{ code }` are lexer_lambdas.py's; multi-line texts
(`[` or `"` ending a line) are multiline_strings.py's.
"""
from __future__ import annotations

__all__ = ["FormsMixin", "EOL_RE", "MEMBER_OPS", "OPERAND_END", "blanks_end"]

import re
from typing import TYPE_CHECKING

from .bare_if_line import bare_branch_target
from .blanks import BLANK, BLANKS
from .bracket_closers import EOL_RE
from .result_types import closing_paren
from .names import fold
from .tokens import AttributedToken, Token
from .words import ARTICLES as _ARTICLES
from ..lazy_regex import lazy_compile
from ..lazy_import import on_first_call
from .stored_regex import stored_compile

if TYPE_CHECKING:
    from .keyword_names import message_for
    from .sized_phrase import sized_head_end
    from .class_header_parent import parent_on_header_line
else:
    on_first_call(globals(), ".keyword_names", "message_for")
    on_first_call(globals(), ".sized_phrase", "sized_head_end")
    on_first_call(globals(), ".class_header_parent", "parent_on_header_line")

if TYPE_CHECKING:
    from ..errors import WLSyntaxError

MEMBER_OPS = {"DOT", "DOTDOT", "MCOLON", "COLONCOLON", "SELF"}
# what a line starting with `x <- y` starts with: a name (`a`, `de`, `sur` too: variables
# real code and examples name so), `:m_x`, `::s_x`, `let x <- y` (?3087003), a
# declaration after its section word (`LOCAL i is IPrintable <- o`, `GLOBAL g is T <- o`)
_ARROW_HEADS = ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "SELF", "COLONCOLON", "LET", "LOCAL",
                "GLOBAL")
OPERAND_END = {"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "NUMBER", "STRING", "RPAR",
               "RBRACK", "RSUB", "TRUE", "FALSE", "NULL"}
_PRECISION_RE = lazy_compile(r"\(\s*(\*|\d+\s*(,\s*\d+\s*)?)\s*\)")  # (10,2), (10), (*)
# In a type phrase: characters none of type_phrase's tests stops at or treats apart
_PLAIN_RUN_RE = lazy_compile(r"[^\r\n;/<(\[\]=),.]*")
# Blanks where they stand (matched in place: `text[pos:].lstrip()` copied the rest of
# the text at each PROCEDURE header's `: (`, quadratic over a file of such headers)
_BLANKS_RE = stored_compile(BLANK + "*")


def blanks_end(text: str, pos: int) -> int:
    """Where the blanks at `pos` end (`pos` when there are none)."""
    found = _BLANKS_RE.match(text, pos)
    return found.end() if found is not None else pos

_NUMERIC_WORDS = ("numeric", "numerique", "numerics", "numeriques")  # `(10,2)` after them
_SIZED_FIRST = frozenset("aAtTuUfF")  # `array`, `an array`, `tableau`, `un tableau`, `fixed`



# `<MAPPING>`, `<FIN>`, `<END>` alone on a line (and a RAD marker after them)
# a parameter's name: a name, or a word that is a keyword only in its places (`a`, `de`)
_PARAM_NAMES = frozenset({"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"})
# the builder's mark of a lambda's result type (lexer_lambdas.py)
RESULT_MARK = "\x00result"
_RAD_BOUND = lazy_compile(r"<(MAPPING|FIN|END)>[ \t]*(?:<§rad:[^§\r\n]*§>[ \t]*)?(?=\r|\n|$)",
                        re.IGNORECASE)

class FormsMixin:
    """The scanner's state these methods read and move (lexer.py's `_Scanner` sets it)."""

    text: str
    pos: int
    line: int
    line_start: int
    out: list[Token]
    depth: int
    brackets: list[str]
    open_at: list[tuple[int, int]]
    proc_line: bool
    line_first: int  # index in `out` of the current logical line's first token
    clause_first: int  # index in `out` of the token after the last THEN / ELSE
    case_colon: int  # index in `out` of the first colon of a line (after its head)

    if TYPE_CHECKING:
        def error(self, message: str, pos: int | None = None,
                  line: int | None = None) -> WLSyntaxError: ...

        def emit(self, kind: str, value: str, start: int, end: int = -1) -> Token: ...

    def several_types(self, after: Token) -> bool:
        """`PROCEDURE P() : (int, string)`: a procedure returning several values
        (`RESULT (1, "a")`, `(a, b) = P()`). The list is one TYPE token, `(int, string)`,
        that the builder splits (decl_builder.result_types); its `)` is the one that
        closes its `(` on the header's line."""
        text = self.text
        start = blanks_end(text, self.pos)
        if text[start:start + 1] != "(":
            return False
        eol = EOL_RE.search(text, start)
        close = closing_paren(text, start, len(text) if eol is None else eol.start())
        if close < 0:
            raise self.error("expected ')' to close the list of result types", start)
        self.emit("TYPE", text[start:close + 1], start)
        self.pos = close + 1
        return True

    def type_phrase(self, after: Token) -> None:
        """Read the words of a type up to `=`, `,` (inside parentheses), `)`, `;` or EOL
        (phrase_chars) as one TYPE token (STRUCT_TYPE, ENUM_TYPE for a declaration's)."""
        text = self.text
        if after.type == "RETCOLON" and self.several_types(after):
            return
        if text[blanks_end(text, self.pos):blanks_end(text, self.pos) + 1] in _SIZED_FIRST \
                and after.type != "RETCOLON" and self.depth == 0 and self.sized_head(self.pos):
            return
        self.phrase_attributes: list[tuple[str, int, int]] = []
        chars, i = self.phrase_chars(after)
        phrase = "".join(chars).strip()
        if after.type == "IS" and not self.depth and "rit" in phrase.lower() \
                and self.parent_on_its_line():  # `C est une Classe hérite de B`
            return
        if after.type == "RETCOLON":  # `: int <get>, <utile>`: the attributes' comma
            phrase = phrase.rstrip(", \t")
        if not phrase:
            if after.type == "IS" and not text[self.line_start:after.start_pos].strip():
                raise self.error(message_for(after), after.start_pos)  # `eSt = 3`
            raise self.error("expected a type after '%s'" % after.value, i)
        start = self.pos + (len("".join(chars)) - len("".join(chars).lstrip()))
        tok = self.emit(_phrase_kind(phrase), phrase, start)
        if self.phrase_attributes:  # `x is int <immutable>`: kept for the checker
            self.out[-1] = AttributedToken(tok, tuple(self.phrase_attributes))
        self.pos = i

    def parent_on_its_line(self) -> bool:
        """`C est une Classe hérite de B`: the class phrase as one STRUCT_TYPE, then a line
        break before the parent's words, read on a line of their own (class_header_parent.py)."""
        parent = parent_on_header_line(self.text, self.pos)
        if parent < 0:
            return False
        start = blanks_end(self.text, self.pos)
        self.emit("STRUCT_TYPE", self.text[start:parent].rstrip(), start)
        self.emit("NL", "", parent, parent)
        self.pos = parent
        return True

    def phrase_chars(self, after: Token) -> tuple[list[str], int]:
        """The characters of a type phrase from the position (an extension attribute
        kept only for `<growth>`, others given to the TYPE token, a numeric's precision and an associative array's
        options in parentheses kept), and where it ends."""
        text, i, n = self.text, self.pos, len(self.text)
        depth = 0
        chars: list[str] = []
        while i < n:
            run = _PLAIN_RUN_RE.match(text, i)
            if run is not None and run.end() > i:  # characters the tests below would only
                chars.append(run.group())         # append, in one step
                i = run.end()
                if i >= n:
                    break
            c = text[i]
            if c in "\r\n;" or text.startswith("//", i):
                break
            if c == "<":  # extension attributes: <mapping="x">, <growth=1>
                close = _on_its_line(text, ">", i)
                if close < 0 \
                        or not (text[i + 1:i + 2].isalpha() or text[i + 1:i + 2] == "_"):
                    break  # `v is variant <- 1`: not an attribute
                if fold(text[i + 1:close]).lstrip().startswith(("growth", "agrandissement")):
                    chars.extend(" " + text[i:close + 1] + " ")  # read by parse_type
                elif after.type == "RETCOLON" or self.proc_line and self.depth > 0:
                    # `PROCEDURE C::X(): int <get>`: the header's attribute, as after `)`;
                    # `P(n is int <utile>)`: a parameter's, given to the header as an
                    # untyped parameter's is (imposed_params.py MARKED_USED)
                    self.procedure_attribute(i)
                else:  # `x is int <immutable>`: a variable's (semantics/variable_attributes.py)
                    self.phrase_attributes.append(
                        (text[i:close + 1], self.line, i - self.line_start + 1))
                i = close + 1
                continue
            if c == "(" and depth == 0 and (fold("".join(chars)).rstrip().endswith(
                    ("associative array", "tableau associatif")) or (
                    fold("".join(chars)).rstrip().endswith(_NUMERIC_WORDS)
                    and _PRECISION_RE.match(text, i))):  # numeric (10,2): its precision
                close = text.find(")", i)  # (options, default, key type): kept for the
                if close >= 0 and EOL_RE.search(text, i, close) is None:  # type's options
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
        return chars, i

    def sized_head(self, pos: int) -> bool:
        """`t is array of (n+1) int`: one ARRAY_OF token for `[an] array of`, the rest
        scanned as tokens (syntax/sized_phrase.py says why)."""
        start = blanks_end(self.text, pos)
        end = sized_head_end(self.text, start)
        if end < 0:
            return False
        self.emit("ARRAY_OF", self.text[start:end].rstrip(BLANKS), start)
        self.pos = end
        return True

    def arrow(self, op: str, start: int) -> None:
        """`x <- y` (reference assignment) and `obj>>Member` (automation object access);
        elsewhere the two characters are two comparisons (`a<-1`, `CASE >>`... unlikely)."""
        prev = self.out[-1] if self.out else None
        if op == ">>" and prev is not None and prev.type in OPERAND_END:
            nxt = self.text[start + 2:start + 3]
            if nxt.isalpha() or nxt == "_":
                self.emit("AUTOMATION", op, start)
                return
        if op == "<-" and prev is not None and (prev.type in OPERAND_END or prev.type == "TYPE") \
                and self.depth == 0 and self.statement_head() in _ARROW_HEADS:
            self.emit("REFASSIGN", op, start)
            return
        self.emit("LT" if op == "<-" else "GT", op[0], start, start + 1)
        self.pos = start + 1

    def procedure_attribute(self, start: int) -> bool:
        """`<get>`, `<set>`, `<thread principal>`, `<utile>`... after a PROCEDURE header or
        a parameter: extension attributes. They are skipped; the PROCEDURE token keeps
        them in its value (`<get>`/`<set>` make the method a property accessor)."""
        text = self.text
        close = _on_its_line(text, ">", start)
        if close < 0 or not text[start + 1:start + 2].isalpha():
            return False
        for tok in reversed(self.out):
            if tok.type == "PROCEDURE":
                tok.value += " " + text[start:close + 1]
                break
            if tok.type == "NL":
                break
        self.pos = close + 1
        return True

    def rad_marker_line(self, start: int) -> bool:
        """`<MAPPING>` / `<FIN>` (`<END>`) alone on a line of a class the IDE generated
        from a data file ("Regenerate the model class"): the bounds of the generated
        members, not code. Skipped to the line's end (a `<§rad:N§>` marker may follow)."""
        m = _RAD_BOUND.match(self.text, start)
        if m is None or not (not self.out or self.out[-1].type == "NL"):
            return False
        opening = m.group(1).upper() == "MAPPING"
        if not opening and not getattr(self, "mapping_open", False):
            return False  # a `<FIN>` of nothing: left to the parser's error
        self.mapping_open = opening
        self.pos = m.end()
        return True

    def untyped_param_before(self) -> bool:
        """In a PROCEDURE header, is the last token a parameter name with no type yet?"""
        out = self.out
        return (self.depth == 1 and len(out) > 1 and out[-1].type in _PARAM_NAMES
                and out[-2].type in ("LPAR", "COMMA", "LOCAL"))

    def statement_head(self) -> str:
        """The type of the first token of the current statement: the line's, or, on a
        one-line IF, that of the branch after its THEN or ELSE (`IF p = Null THEN p <-
        q ELSE r <- q`: a reference assignment in each branch; it was a syntax error)."""
        head = self.line_head()
        first = self.clause_first
        if head == "IF" and self.line_first < first < len(self.out):
            return self.out[first].type
        if head == "IF" and bare_branch_target(self.out, self.line_first):
            return "NAME"  # `IF x > 2 p <- x`: the branch of a one-line IF without THEN
        colon = self.case_colon  # `CAS Google : p <- allouer un CGoogle(s)`: the action
        if head in ("CASE", "OTHERCASE") and self.line_first < colon < len(self.out) - 1 \
                and self.out[colon].type == "COLON":
            return self.out[colon + 1].type  # after the case's colon (a Firebase SDK's code)
        return head

    def colon_read(self) -> None:
        """A COLON was just written: the first of its line after the line's head (and
        not right after CASE) is kept, the colon of a CASE's action that `statement_head`
        looks up at each `<-` (scanning the line from its start each time was quadratic:
        20,000 `a<-1 OR` on one CASE line took 23.6 s)."""
        out = self.out
        if self.case_colon < self.line_first < len(out) - 1 and out[-2].type != "CASE":
            self.case_colon = len(out) - 1

    def line_head(self) -> str:
        """The type of the first token of the current logical line ('' if none yet); its
        index is kept as NL tokens are written (walking back from each `<-` of a long
        line to its start was quadratic: 160,000 characters of `a<-1 OR` took 22 s)."""
        first = self.line_first
        return self.out[first].type if first < len(self.out) else ""


def _on_its_line(text: str, char: str, start: int) -> int:
    """Where `char` is after `start` on the same line, or -1 (never searched past the
    line's end: a search through the rest of the text at each `<` was quadratic)."""
    eol = EOL_RE.search(text, start)
    return text.find(char, start, len(text) if eol is None else eol.start())


def _phrase_kind(phrase: str) -> str:
    """The token of a type phrase: STRUCT_TYPE for `[a] Structure` / `Class` /
    `Interface` / `composed of`, ENUM_TYPE for `[an] Enumeration` / `Combination`, else
    TYPE (`X is a Class, abstract`: the builder reads the last word)."""
    words = fold(phrase).replace(",", " ").split()
    if len(words) > 1 and words[-1] in ("abstract", "abstraite") \
            and words[-2] in ("classe", "class"):
        words.pop()
    if words and words[-1] in ("structure", "classe", "class", "interface") \
            and all(w in _ARTICLES for w in words[:-1]):
        return "STRUCT_TYPE"
    if words in (["composed", "of"], ["composee", "de"], ["compose", "de"]):
        return "STRUCT_TYPE"  # `X is composed of`: a composite variable (builder.py)
    if words and words[-1] in ("enumeration", "combination", "combinaison") \
            and all(w in _ARTICLES for w in words[:-1]):
        return "ENUM_TYPE"
    return "TYPE"
