"""Hypothesis strategies for WLanguage programs, from the grammar itself.

`hypothesis.extra.lark.from_lark` walks grammar/wlanguage.lark. Every terminal of that
grammar is `%declare`d (our own lexer makes the tokens), so each needs an explicit
strategy for its text: keywords come from syntax/words.py (English and French spellings),
operators from the lexer's table, and names, numbers, strings and line ends are drawn
here. Tokens are padded with spaces so that two words never glue into one.

`check_source` is the property: any text either compiles or fails with a WLanguage
error carrying a position; nothing else may escape.
"""
from __future__ import annotations

import functools
import re
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark

from wlinterp.engine import compile_source
from wlinterp.errors import WLSyntaxError
from wlinterp.registry import load_stdlib
from wlinterp.semantics.analysis import analyze
from wlinterp.syntax.parser import parse
from wlinterp.syntax import token_patterns, words

_SPELLED: dict[str, str] = {
    "NAME": "", "NUMBER": "", "STRING": "", "_NL": "", "TYPE": "", "STRUCT_TYPE": "",
    "SOFT_A": "a", "SOFT_DE": "de", "SOFT_SUR": "sur", "OTHERCASE": "OTHER CASE",
    "CASE_ERROR": "CASE ERROR:", "CASE_EXCEPTION": "CASE EXCEPTION:", "FOREACH": "FOR EACH",
    "FOREACH_STRING": "FOR EACH STRING", "SEPARATED": "SEPARATED BY", "WHENEXC": "WHEN EXCEPTION IN",
    "ELSEIF": "ELSE IF", "NOTIN": "NOT IN", "INTPROC": "INTERNAL PROCEDURE", "STRUCTURE": "STRUCTURE",
    "NEW": "new", "SELF": "object", "INHERITS": "inherits from", "FREE": "delete",
    "FOREACH_FILE": "FOR EACH", "FILE_ON": "ON", "FILE_WHERE": "WHERE", "SWITCH_FN": "Switch",
    "NOOP": "", "SUBJECT": "", "SECTION": "PUBLIC", "ANCESTOR_CTOR": "Constructor",
    "DURATION": "1 s", "MCOLON": ":", "RETCOLON": ":", "TO_ONCE": "_TO_", "FE_OPTION": "FromEnd",
}
_NAMES = st.sampled_from(["x", "n", "s", "t", "Total", "prénom", "MaVariable", "i", "P", "Trace",
                          "Length", "Val", "Email", "arr"])
_NUMBERS = st.sampled_from(["0", "1", "42", "2.5", "1e3", "0x1F", "99999999999", "1_000"])
_STRINGS = st.sampled_from(['""', '"abc"', '"a[%x%]b"', '"é"', '"%1"', "'x'"])
_TYPES = st.sampled_from(["int", "string", "chaîne", "real", "boolean", "array of int",
                          "tableau de chaînes", "variant", "date", "int on 8 bytes"])


def _spellings() -> dict[str, list[str]]:
    """Terminal -> the texts that lex as it (keywords EN/FR, operators)."""
    found: dict[str, list[str]] = {}
    for word, terminal in words.KEYWORDS.items():
        found.setdefault(terminal, []).append(word)
    for op, terminal in token_patterns.OP_NAMES.items():
        found.setdefault(terminal, []).append(op)
    for terminal, text in _SPELLED.items():
        if text:
            found.setdefault(terminal, []).append(text)
    return found


def _declared() -> list[str]:
    """The terminals the grammar `%declare`s (all of them: our lexer makes the tokens)."""
    from importlib import resources
    text = resources.files("wlinterp.grammar").joinpath("wlanguage.lark").read_text("utf-8")
    return [name for line in text.splitlines() if line.startswith("%declare")
            for name in line.split()[1:]]


def _explicit() -> dict[str, st.SearchStrategy[str]]:
    spelled = _spellings()
    special = {"NAME": _NAMES, "NUMBER": _NUMBERS, "STRING": _STRINGS, "TYPE": _TYPES,
               "STRUCT_TYPE": _NAMES, "_NL": st.sampled_from(["\n", "\r\n", "\n\n"])}
    explicit: dict[str, st.SearchStrategy[str]] = {}
    for name in _declared():
        base = special[name] if name in special else st.sampled_from(spelled.get(name) or [name.lower()])
        explicit[name] = base if name == "_NL" else base.map(lambda text: f" {text} ")
    return explicit


@functools.cache
def _grammar() -> Lark:
    """The grammar as a Lark object that keeps its rules (the runtime parser is cached
    and tree-less, which hypothesis cannot walk). Hypothesis only walks its rules
    (`grammar.grammar.compile`), never parses with it: an Earley parser has the same
    rules and terminals and builds in 0.12 s of CPU, where the LALR tables took 3.6 s
    (built once per process running a fuzz test)."""
    from wlinterp.syntax.lark_build import TokenListLexer
    return Lark.open_from_package("wlinterp.grammar", "wlanguage.lark", parser="earley",
                                  lexer=TokenListLexer)


def programs() -> st.SearchStrategy[str]:
    """Programs generated from the grammar (syntactically plausible token sequences).
    The grammar is built at the first draw, not here: `@given(programs())` runs at a
    test module's import, and every test process of the suite paid for the grammar
    while collecting (four builds, about 20 s of CPU a process), whether or not it ran
    a fuzz test."""
    return st.deferred(lambda: _programs())


@functools.cache
def _programs() -> st.SearchStrategy[str]:
    grammar = _grammar()
    used = {t.name for t in grammar.terminals} | _used_in_rules(grammar)
    explicit = {k: v for k, v in _explicit().items() if k in used}
    return from_lark(grammar, start="start", explicit=explicit)


def _used_in_rules(grammar: Lark) -> set[str]:
    return {sym.name for rule in grammar.rules for sym in rule.expansion if sym.is_term}


def fragments() -> st.SearchStrategy[str]:
    """Grammar programs with random cuts and insertions: near misses of valid code."""
    return st.tuples(programs(), st.integers(0, 400), st.text(max_size=8)).map(
        lambda t: t[0][:t[1]] + t[2] + t[0][t[1]:])


def check_source(text: str | bytes) -> None:
    """The property: compiles, or a WLanguage syntax error with a 1-based position; and
    what parses goes through `wl check`'s semantic pass without an exception."""
    source = text if isinstance(text, str) else _decoded(text)
    try:
        compile_source(source, "fuzz.wl")
    except WLSyntaxError as err:
        assert err.line >= 1 and err.column >= 1 or err.line == 0 and err.filename, err
        assert "Traceback" not in err.message and not re.search(r"\b\w+Error\b", err.message), err
    try:
        program = parse(source, "fuzz.wl")
    except WLSyntaxError:
        return
    for found in analyze(program, load_stdlib()).diagnostics:
        assert found.line >= 1 and found.column >= 1, found


def _decoded(data: bytes) -> str:
    """Bytes as `wl run` reads them (BOMs, UTF-8, else ANSI)."""
    from wlinterp.source_text import decode_source
    return decode_source(data, "fuzz.wl")
