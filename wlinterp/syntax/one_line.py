"""One-line IF forms, shaped on the token stream before parsing.

- `IF c THEN a` / newline / `ELSE b`: the separator before a one-line ELSE is dropped
  (statements.py does it as it merges, asking `line_is_one_line_if`).
- `IF c THEN a END`, `SI c ALORS a ; RETOUR FIN`, `IF c THEN a ELSE b END` (the IF help
  page's first syntax: the whole block on one line, closed by END, actions separated by
  `;`): separators are put after THEN/ELSE and before ELSE/ELSE IF/END, which makes it the
  block form the grammar knows.
- `IF a THEN x ELSE IF b THEN y ELSE z` on one line without END (the IF page's one-line
  syntax chained): each ELSE IF of the line is split into ELSE and IF, which nests the
  next one-line IF in the ELSE of the one before.
- `IF c THEN a ; b [ELSE d ; e]` without END (the ELSE part maybe on the next line): the
  actions after THEN and after ELSE belong to their branch, as in the block closed by END;
  the line's end closes it (docs/semantics.md, "One-line IF with `;`"): an END is added.
- `IF c a ; b [ELSE d ; e]` without THEN: the same rule, finished on the parse tree
  (bare_if_line.py).
"""
from __future__ import annotations

__all__ = ["line_is_one_line_if", "one_line_blocks"]

from typing import TYPE_CHECKING

from .bare_if_line import shape_bare_line
from .tokens import Token
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .nested_if_line import (separator as _separator, shape_block as _shape_block,
                                 shape_nested_line)
else:
    on_first_call(globals(), ".nested_if_line",
                  "separator as _separator", "shape_block as _shape_block", "shape_nested_line")

# Openers of blocks closed by END other than IF: a line holding one is left alone.
_OTHER_OPENERS = frozenset({"SWITCH", "FOR", "FOREACH", "FOREACH_STRING", "FOREACH_FILE",
                            "WHILE", "LOOP", "WHENEXC", "INTPROC", "USE", "CONSTANT",
                            "LBODY"})


def one_line_blocks(toks: list[Token], ifs: list[int]) -> list[Token]:
    """`IF c THEN a; b END` on one physical line: the block form (separators added).
    `ifs`: where the IFs opening a line are (in order; statements.py notes them as it
    merges, so that only those are looked at)."""
    out: list[Token] = []
    done = 0  # toks[:done] are in `out`
    scans = _LineScans(toks)
    for i in ifs:
        if i < done:
            continue  # inside a block shaped already
        end, else_ifs = scans.block_end(i)
        if not end and else_ifs:
            out += toks[done:i]
            done = _split_else_ifs(toks, i, else_ifs, out)
            continue
        shaped: list[Token] = []
        if end:
            _shape_block(toks[i:end], shaped)
        else:
            end, shaped = shape_nested_line(toks, i)
        if not end:
            end, ifs_on_line = scans.semicolon_line_end(i)
            if end:
                _shape_block(toks[i:end], shaped)
                _close(shaped, toks[end - 1], ifs_on_line)
        if not end:
            end, shaped = shape_bare_line(toks, i)
        if end:
            out += toks[done:i]
            _case_action(toks, i, out)
            out += shaped
            done = end
    if not done:
        return toks
    out += toks[done:]
    return out


def _close(out: list[Token], last: Token, count: int) -> None:
    """Append `count` separators and ENDs after `last`, the line's last token."""
    for _ in range(count):
        out.append(_separator(last))
        out.append(Token("END", "END", last.end_pos, last.line, last.column))


def _case_action(toks: list[Token], i: int, out: list[Token]) -> None:
    """`CASE 1 : IF c THEN a ; b`: the IF at toks[i], a CASE's action on its line, is
    shaped into a block (or takes the actions after `;`): a separator after the colon
    makes it the CASE's first statement (a block is no `simple` action)."""
    if i and toks[i - 1].type == "COLON":
        out.append(_separator(toks[i]))


class _LineScans:
    """The questions one_line_blocks asks of each IF opening a logical line, answered
    without scanning the rest of the physical line again for each: a line of thousands
    of `IF c THEN a END;` (or of IFs without THEN after `;`) was read once per IF, which
    is quadratic (4,000 such IFs on one line: 9 and 17 s; a fuzzed file of 20,000 never
    ended). Found by the fuzz campaign (docs/testing.md "Fuzzing (issue 8, REV, ...)")."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.block = (0, 0, 0)  # (first IF, its line, the line's end once asked again)
        self.sums: list[tuple[int, int, int, int, int]] = []  # counts from `first`, built
        # at a second question on that line (_prefix_counts)
        self.no_line = (0, 0, 0)  # (first, stop, line): no IF there ends a `;` line

    def block_end(self, i: int) -> tuple[int, int]:
        """_one_line_block_end of the IF at toks[i]; an IF inside the line read last is
        answered from its counts."""
        first, line, end = self.block
        if i > first and self.toks[i].line == line and not end:
            end = _line_end(self.toks, first)  # (a second IF on the line: read it whole)
            self.block = (first, line, end)
        if not first < i < end:
            self.block, self.sums = (i, self.toks[i].line, 0), []
            return _one_line_block_end(self.toks, i)
        if not self.sums:
            self.sums = _prefix_counts(self.toks, first, end)
        counts = [whole - before for whole, before
                  in zip(self.sums[end - first], self.sums[i - first])]
        return _block_verdict(self.toks, end, counts)

    def semicolon_line_end(self, i: int) -> tuple[int, int]:
        """_semicolon_line_end of the IF at toks[i]. When an IF found no line, neither
        does a later IF of the same physical line before where its reading stopped: that
        reading's path from there is the same, and the actions and `;` it meets are a
        part of those the first met, which were not enough."""
        first, stop, line = self.no_line
        if first < i < stop and self.toks[i].line == line:
            return 0, 0
        end, ifs, stopped = _semicolon_line_end(self.toks, i)
        if not end:
            self.no_line = (i, stopped, self.toks[i].line)
        return end, ifs


def _line_end(toks: list[Token], i: int) -> int:
    """Where _one_line_block_end's reading of the line from toks[i] stops (the line's
    end, whatever the line holds)."""
    line = toks[i].line
    j = i
    while j < len(toks) and toks[j].line == line and toks[j].type != "$END":
        if _ends_line(toks, j, line):
            break
        j += 1
    return j


def _ends_line(toks: list[Token], j: int, line: int) -> bool:
    """Is toks[j] the newline that ends the line (or the lambda's code: `END }`)?"""
    return toks[j].type == "_NL" and toks[j].value == "\n" and j + 1 < len(toks) \
        and (toks[j + 1].line != line or toks[j + 1].type == "RBODY")


# The token kinds a one-line block's reading counts, in the order of its counts:
# (IFs, ENDs, ELSE IFs, THENs with an action on the line, other blocks' openers)
_COUNTED = {"IF": 0, "END": 1, "ELSEIF": 2}


def _counted(toks: list[Token], j: int) -> int | None:
    """Which of a line's counts toks[j] adds to (see _COUNTED), or None."""
    typ = toks[j].type
    if typ in _COUNTED:
        return _COUNTED[typ]
    if typ in _OTHER_OPENERS:
        return 4
    if typ == "THEN" and j + 1 < len(toks) and toks[j + 1].type != "_NL":
        return 3
    return None


def _prefix_counts(toks: list[Token], first: int, end: int
                   ) -> list[tuple[int, int, int, int, int]]:
    """For each k of [first, end], the counts (_COUNTED) of toks[first:k]."""
    counts = [0, 0, 0, 0, 0]
    sums = [(0, 0, 0, 0, 0)]
    for j in range(first, end):
        which = _counted(toks, j)
        if which is not None:
            counts[which] += 1
        sums.append((counts[0], counts[1], counts[2], counts[3], counts[4]))
    return sums


def _block_verdict(toks: list[Token], end: int, counts: list[int]) -> tuple[int, int]:
    """_one_line_block_end's answer for an IF whose line stops at `end` and holds
    `counts` (_COUNTED) from the IF on."""
    ifs, ends, else_ifs, acted, openers = counts
    if openers:
        return 0, 0
    if not acted or ends != ifs or toks[end - 1].type != "END":
        return 0, else_ifs if not ends else 0
    return end, 0


def _one_line_block_end(toks: list[Token], i: int) -> tuple[int, int]:
    """If toks[i] (an IF) opens a one-line block closed on its own line, the index just
    past its END; else 0. The line must end with END, hold as many IFs as ENDs, and an
    action must follow THEN on the line. Second: how many ELSE IFs the line holds (a
    one-line chain when it is no block)."""
    end = _line_end(toks, i)
    counts = [0, 0, 0, 0, 0]
    for j in range(i, end):
        which = _counted(toks, j)
        if which is not None:
            counts[which] += 1
    return _block_verdict(toks, end, counts)


def _semicolon_line_end(toks: list[Token], i: int) -> tuple[int, int, int]:
    """If the IF at toks[i] opens `IF c THEN a ; b` without END, its actions separated by
    `;` on the line (and its ELSE's line, when the next line starts with `ELSE action`):
    the index just past its last action and how many IFs the line holds (nested one-line
    IFs each get their END); else (0, 0). A line holding END, ELSE IF or another block's
    opener is left alone, and so is a line with no `;` between actions. Third: where
    the reading stopped."""
    j, ifs, acted, split = i, 0, False, False
    line = toks[i].line
    while j < len(toks) and toks[j].type != "$END":
        t = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if t.type == "RBODY":  # `(x) => { IF c THEN a }`: the lambda's `}` ends the
            break  # line (the separator before it is no `;` between two actions)
        if t.line != line:  # the ELSE's line, joined to the IF's (statements.py)
            if t.type != "ELSE" or line != toks[i].line:
                break
            line = t.line
            continue
        if t.type == "_NL":
            if nxt is None or nxt.line == line:
                split = split or (acted and nxt is not None and nxt.type != "_NL")
                j += 1
                continue
            if nxt.type == "ELSE" and line == toks[i].line and j + 2 < len(toks) \
                    and toks[j + 2].line == nxt.line and toks[j + 2].type != "_NL":
                line = nxt.line  # `ELSE d ; e` on the next line belongs to it
                j += 1
                continue
            break
        if t.type in ("END", "ELSEIF") or t.type in _OTHER_OPENERS:
            return 0, 0, j
        if t.type == "IF":
            ifs += 1
        elif t.type == "THEN" and nxt is not None and nxt.type != "_NL" and nxt.line == line:
            acted = True
        j += 1
    if not (acted and split):
        return 0, 0, j
    while j > i and toks[j - 1].type == "_NL":
        j -= 1  # a trailing `;` stays outside
    return j, ifs, j


def _split_else_ifs(toks: list[Token], i: int, count: int, out: list[Token]) -> int:
    """Append the line opened by the IF at toks[i] to `out` with its `count` ELSE IFs
    split into ELSE and IF; returns the index past the last one."""
    j = i
    while count:
        t = toks[j]
        if t.type == "ELSEIF":
            words = t.value.split(None, 1)
            else_word, if_word = (words[0], words[1]) if len(words) == 2 else (t.value, t.value)
            out.append(Token("ELSE", else_word, t.start_pos, t.line, t.column))
            offset = t.value.find(if_word, len(else_word))
            out.append(Token("IF", if_word, t.start_pos + offset, t.line, t.column + offset))
            count -= 1
        else:
            out.append(t)
        j += 1
    return j


def line_is_one_line_if(out: list[Token]) -> bool:
    """Is the logical line before the last separator an `IF ... THEN action` line?"""
    j = len(out) - 2
    saw_then_action = False
    while j >= 0 and out[j].type != "_NL":
        if out[j].type == "THEN" and j + 1 < len(out) - 1:
            saw_then_action = True
        j -= 1
    first = out[j + 1] if j + 1 < len(out) else None
    return saw_then_action and first is not None and first.type == "IF"
