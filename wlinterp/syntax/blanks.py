"""Blanks: what separates words in WLanguage source, written once.

Code copied from a help page (or any web page) holds no-break spaces: U+00A0, and the
narrow U+202F French typography puts before `:` and between digit groups. They count as
blanks wherever a space does, and between the digit groups of a number (`123 456,78`
written `123 456.78`). Every rule of the lexer that skips or tests blanks takes its
characters from here (strings for `str.strip`, classes for regular expressions).
"""
from __future__ import annotations

__all__ = ["NO_BREAK_SPACES", "BLANKS", "BLANK", "DIGIT_GROUP_SPACE", "TOKEN_GAP",
           "WITHOUT_DIGIT_SEPARATORS"]

NO_BREAK_SPACES = "\u00a0\u202f"
# between words: for str.strip/lstrip, and as one regular-expression character class
BLANKS = " \t" + NO_BREAK_SPACES
BLANK = "[ \\t" + NO_BREAK_SPACES + "]"
# between the digit groups of a number (no tab: `1\t000` is two numbers)
DIGIT_GROUP_SPACE = "[ " + NO_BREAK_SPACES + "]"
# before a token: the blanks, a form feed, a vertical tab and a byte order mark
TOKEN_GAP = "[ \\t\\f\\v" + NO_BREAK_SPACES + "\\ufeff]"
# a number literal's text without its digit separators (`7_014`, `123 456`)
WITHOUT_DIGIT_SEPARATORS = str.maketrans("", "", "_ " + NO_BREAK_SPACES)
