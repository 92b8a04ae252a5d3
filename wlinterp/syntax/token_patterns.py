"""The lexer's tables: operators and the regular expressions of the first pass.

`TOKEN_RE` is the scanner's one master expression (names first, by frequency; every
match starts where the last ended, `bad` taking any other character); `OP_NAMES` names
each operator's terminal, `SIMPLE_OPS` the ones that need no context (the scanner emits
them inline). The blanks they skip come from blanks.py.
"""
from __future__ import annotations

__all__ = ["OP_NAMES", "SIMPLE_OPS", "TOKEN_RE", "DURATION_RE", "DO_WHILE_RE",
           "RANGE_START_RE", "COMPARISONS", "SPECIAL_WORDS", "DURATION_UNIT_STARTS",
           "duration_may_follow"]

import re

from .blanks import BLANK, BLANKS, DIGIT_GROUP_SPACE, TOKEN_GAP
from .names import COMBINING_MARKS
from .words import KEYWORDS, SHIFT_WORDS, SOFT
from ..lazy_regex import lazy_compile
from .stored_regex import stored_compile

_OPERATORS = [
    "...", "[~~]", "[~~", "[~]", "[~", "[=]", "[=", "~~]", "~]", "=]", "~~", "~=",
    "[[", "]]", "=>", "<=>", "<=", ">=", "<>", "<-", ">>", "++", "--", "+=", "-=", "..", "::", "||",
    "+", "-", "*", "/", "%", "^", "=", "<", ">", "(", ")", "[", "]", ",", ".", ":",
    "??=*", "??=", "??*", "??", "?!", "?", "{", "}", "&", ";", "|", "~",
]
OP_NAMES = {
    "[~~]": "CONTAINS", "[~~": "STARTS", "[~]": "CONTAINS", "[~": "STARTS",
    "[=]": "CONTAINS", "[=": "STARTS", "~~]": "ENDS", "~]": "ENDS", "=]": "ENDS",
    "~~": "VFLEXEQ", "~=": "FLEXEQ", "[[": "LSUB", "]]": "RSUB", "<=": "LE", ">=": "GE",
    "<>": "NE", "++": "INC", "--": "DEC", "+=": "PLUSEQ", "-=": "MINUSEQ", "..": "DOTDOT",
    "::": "COLONCOLON", "+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH",
    "%": "PERCENT", "^": "CARET", "=": "EQ", "<": "LT", ">": "GT", "(": "LPAR", ")": "RPAR",
    "[": "LBRACK", "]": "RBRACK", ",": "COMMA", ".": "DOT", ":": "COLON", "?": "QMARK",
    "{": "LBRACE", "}": "RBRACE", "&": "AMP", "|": "PIPE", "||": "XOR", "~": "TILDE",
    "<-": "REFASSIGN", ">>": "AUTOMATION", "=>": "LAMBDA", "<=>": "EXCHANGE",
    # the null operators (Allowing nullable types ?1511031)
    "??": "COALESCE", "??*": "COALESCE", "??=": "COALESCE_EQ", "??=*": "COALESCE_EQ",
    "?!": "NOTNULL",
}
SIMPLE_OPS = {op: name for op, name in OP_NAMES.items()
              if op not in ("(", ")", "[", "]", "[[", "]]", ":", "*", "<-", ">>", "<", "=>",
                            "}")}


def _alternatives(ops: list[str]) -> str:
    """`ops` as one regular expression that matches what their alternation in list order
    matches, the alternatives grouped by first character (for `...`, `..` and `.`: a dot,
    then optionally `..` or `.`): the engine tests one character per group instead of
    entering every alternative in turn."""
    groups: dict[str, list[str]] = {}
    for op in ops:
        groups.setdefault(op[0], []).append(op[1:])
    parts = []
    for first, rests in groups.items():
        if "" in rests[:-1]:  # a shorter one listed first would win over the longer ones
            raise ValueError(f"operator {first!r} is listed before longer ones")
        longer = "|".join(re.escape(r) for r in rests if r)
        if not longer:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}(?:{longer}){'?' if '' in rests else ''}")
    return "|".join(parts)


_OP_RE = _alternatives(_OPERATORS)
# Alternatives by frequency where they cannot match at the same place (names first); a
# comment, a continuation and a placeholder before the operators they begin like.
TOKEN_RE = stored_compile(
    TOKEN_GAP + r"*(?:"
    r"(?P<name>[^\W\d][\w" + COMBINING_MARKS + r"]*)"
    r"|(?P<nl>\r\n|\r|\n)"
    r"|(?P<comment>//[^\r\n]*)"
    r"|(?P<block>/\*)"
    r"|(?P<cont>\.\.\." + BLANK + r"*(?:/\*(?:[^*\r\n]++|\*(?!/))*+\*/" + BLANK + r"*)*"
    r"(?://[^\r\n]*)?"
    r"(?:\r\n|\r|\n|$)(?:" + BLANK + r"*//[^\r\n]*(?:\r\n|\r|\n))*)"
    r"|(?P<str>\"(?:[^\"\r\n]++|\"\")*+\")"  # possessive: linear in time and memory
    r"|(?P<tstr>“[^”\r\n]*”)"
    r"|(?P<bstr>`[^`\r\n]*`)"
    r"|(?P<ph><§[^§\r\n]*§>)"
    r"|(?P<num>0[xX][0-9A-Fa-f_]+|0[nNmM]\d[\d_]*(?:\.\d[\d_]*)?"
    r"|\d{1,3}(?:" + DIGIT_GROUP_SPACE + r"\d{3})+(?![\d_])(?:\.\d[\d_]*)?"
    r"|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)"
    r"|(?P<op>" + _OP_RE + r")"
    r"|\Z"
    r"|(?P<bad>[\s\S]))"  # any other character: an error (so every match starts where asked)
)
# `3 min 30 s`, `1 h`, `500 ms`, `2 j`: a Duration literal (a number and a unit word; `_`
# separates digits in every part's number, as in the first's: `1 h 3_0 min`).
_UNIT = r"(?:ms|cs|min|mn|s|h|d|j)\b"
DURATION_RE = lazy_compile(rf"{BLANK}*{_UNIT}(?!{BLANK}*[(.\[])"
                         rf"(?:{BLANK}+\d[\d_]*(?:\.\d[\d_]*)?{BLANK}*{_UNIT})*",
                         re.IGNORECASE)
# The characters a unit word starts with, as DURATION_RE reads them: any case, and the long
# s `ſ`, which IGNORECASE takes for an `s` (tests/core/test_duration_start.py checks it
# against the pattern for every character)
DURATION_UNIT_STARTS = frozenset("cdhjmsCDHJMS\u017f")


def duration_may_follow(text: str, end: int) -> bool:
    """Whether a unit word may start after the blanks at `end` (the end of a number).

    Why: DURATION_RE is only tried, and so compiled (about 0.7 ms), after a number that
    some character of a unit follows; `x = 3 + 4`, `t[2]`, `f(1, 2)` never compile it.
    """
    n = len(text)
    while end < n and text[end] in BLANKS:
        end += 1
    return end < n and text[end] in DURATION_UNIT_STARTS


# `A FAIRE TANTQUE c`: BOUCLE's end written with A for À
DO_WHILE_RE = lazy_compile(rf"{BLANK}+faire\b", re.IGNORECASE)
# `[[a 11]]`, `t[a n]`: A (TO) opens a range; not `[[a TO 4]]`, `[[a A 4]]` (a variable a)
RANGE_START_RE = lazy_compile(rf"{BLANK}+(?!(?:a|à|to|on|sur)\b)[\w\"(]", re.IGNORECASE)
COMPARISONS = {"LT", "LE", "GT", "GE", "EQ", "NE"}
# Folded words that are not plain names: keywords, soft keywords, shift operators
SPECIAL_WORDS = frozenset(KEYWORDS) | frozenset(SOFT) | frozenset(SHIFT_WORDS)
