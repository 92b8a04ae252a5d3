"""The lexer's operators that need context (lexer.py's `_Scanner` inherits them).

Most operators are one token whatever surrounds them and the scanner's hot loop emits
them inline; the others come here: `;` (a statement separator), `<-`/`>>` (lexer_forms.py)
and `=>` (lexer_lambdas.py), the `}` ending a lambda's code, a PROCEDURE header's `<attributes>`,
`[` opening a multi-line text or an array literal on the next line, `[[`/`]]` read as
two brackets when they are not a substring's, `*` as the value a SWITCH tests
(`CASE 1 < * <= 5`), and the meanings of `:` (a return type, `:member` of the current
object, `v:member`, punctuation) and of a quoted member name (`node:'http-equiv'`,
`doc.Invoice."cbc:ID"`).
"""
from __future__ import annotations

__all__ = ["OperatorsMixin", "SOFT_WORDS"]

from typing import TYPE_CHECKING

from .lambda_attributes import lambda_attribute_end
from .lexer_forms import OPERAND_END as _OPERAND_END, FormsMixin, blanks_end
from .multiline_strings import TextsMixin
from .token_patterns import COMPARISONS as _COMPARISONS, OP_NAMES as _OP_NAMES
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .lexer_lambdas import lambda_head
else:
    on_first_call(globals(), ".lexer_lambdas", "lambda_head")  # (at the first `=>`)

SOFT_WORDS = frozenset({"SOFT_A", "SOFT_DE", "SOFT_SUR"})  # words a name may also be


class OperatorsMixin(FormsMixin, TextsMixin):
    """The scanner's state is FormsMixin's and TextsMixin's (lexer.py's `_Scanner` sets
    it)."""

    def next_char(self, pos: int) -> str:
        """The first character at or after `pos` that is not a blank ('' at the end)."""
        at = blanks_end(self.text, pos)
        return self.text[at:at + 1]

    def lambda_parameter_before(self) -> bool:
        """Are the last tokens names written after `(`, `,` or LOCAL inside parentheses
        (`(x`, `(x entier`): a lambda's parameter and its type, if `=>` follows
        (lambda_attributes.py)?"""
        out = self.out
        if not self.brackets or self.brackets[-1] != "(":
            return False
        i = len(out) - 1
        while i > 0 and (out[i].type == "NAME" or out[i].type in SOFT_WORDS) \
                and len(out) - i <= 4:  # (a name and a type of a few words)
            i -= 1
        return i < len(out) - 1 and out[i].type in ("LPAR", "COMMA", "LOCAL")

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
            lambda_head(self, start)
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
        if op == "<" and self.lambda_parameter_before() \
                and (end := lambda_attribute_end(self.text, start)) > 0:
            self.pos = end  # `(x <utile>) => ...`: an attribute (lambda_attributes.py)
            return
        if op == "<" and self.rad_marker_line(start):
            return
        if op == "[" and self.multiline_string(start):
            return
        if op == "[" and self.opens_line_after_equals(start):
            self.join_line_after_equals()  # `t =` / `[1, 2]`: an array literal goes on
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
                and self.next_char(start + 1) in ("<", ">", "="):
            kind = "SUBJECT"  # CASE 1 < * <= 5: `*` is the value SWITCH tests
        if kind == "COLON":
            kind = self.colon_kind(start)
        tok = self.emit(kind, op, start)
        if kind == "COLON":
            self.colon_read()
        elif kind == "RETCOLON":
            self.type_phrase(tok)
        elif kind == "MCOLON" and self.text[start + 1:start + 2] in ("'", '"'):
            self.quoted_member(start + 1)
        elif kind == "DOT" and self.text[start + 1:start + 2] in ("'", '"') \
                and self.member_before(start):
            self.quoted_member(start + 1)  # doc.Invoice."cbc:ID": an element, quoted

    def member_before(self, start: int) -> bool:
        """Whether the token before the `.` at `start` is a name or `]` touching it (a
        member can follow), so `x."..."` is a quoted member name, not a text."""
        prev = self.out[-2] if len(self.out) > 1 else None
        return prev is not None and prev.end_pos == start and prev.type in ("NAME", "RBRACK")

    def quoted_member(self, start: int) -> None:
        """`node:'http-equiv'` (PC SOFT's own code): an XML attribute whose name no
        identifier can spell, written between quotes after the colon: a NAME token of
        the text between them (which must close on the line)."""
        quote = self.text[start]
        end = self.text.find(quote, start + 1)
        newline = self.text.find("\n", start + 1)
        if end < 0 or 0 <= newline < end or end == start + 1:
            raise self.error("a quoted member name must close on its line", start)
        self.emit("NAME", self.text[start + 1:end], start, end + 1)
        self.pos = end + 1

    def colon_kind(self, start: int) -> str:
        """`v:member` (no space around) is member access; `)` `:` on a PROCEDURE line
        introduces the return type; any other colon is punctuation (`CASE 1:`)."""
        prev = self.out[-1] if self.out else None
        if self.proc_line and self.depth == 0 and prev is not None and prev.type in ("RPAR", "NAME"):
            return "RETCOLON"
        nxt = self.text[start + 1:start + 2]
        if (nxt.isalpha() or nxt == "_") and (prev is None or prev.type not in _OPERAND_END
                                              or prev.type in SOFT_WORDS and prev.end_pos < start):
            return "SELF"  # `:m_member` in a method: a member of the current object (also
            # after a French soft word and a blank: `POUR TOUT x DE :m_t`, `de` a keyword)
        if prev is not None and prev.end_pos == start and (nxt.isalpha() or nxt == "_"):
            return "MCOLON"
        if prev is not None and prev.end_pos == start and nxt in ("'", '"') \
                and prev.type in ("NAME", "RBRACK"):
            return "MCOLON"  # node:'http-equiv': a name no identifier can spell, quoted
        return "COLON"

