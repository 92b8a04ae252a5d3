"""An SQL script cut into its statements, in one pass (SQLExec and the H* SQL texts on
SQLite, which runs one statement per call).

Why not `sqlite3.complete_statement` on a growing piece, as before: each `;` inside a
string literal or a trigger body made it read the whole piece again, so a script with
n such `;` cost n² (a 1 MB text literal full of `;` took minutes). Here each character
is read once, by one regular expression, and the tokens drive the small automaton that
SQLite's own `sqlite3_complete` documents, so the statements are the ones the former
code found (tests/hfsql/test_sql_split.py compares both on random texts):

- quoted strings and names (`'...'`, `"..."`, `` `...` ``, `[...]`) and comments
  (`-- ...`, `/* ... */`) hide their `;`; an unterminated one runs to the end;
- a `;` ends a statement, except in the body of a `CREATE [TEMP|TEMPORARY] TRIGGER`
  (also after `EXPLAIN`), which ends at a `;` following `END` that itself follows a `;`;
- the text after the last complete statement is a statement of its own when it holds
  more than blanks and `;` (an unfinished one: SQLite then says what is wrong).
"""
from __future__ import annotations

__all__ = ["split_script"]

import re

_TOKEN = re.compile(r"""
      (?P<blank>[ \t\r\n\f]+|--[^\n]*(?:\n|\Z)|/\*.*?(?:\*/|\Z))
    | (?P<semi>;)
    | (?P<word>[A-Za-z0-9_$\x80-\U0010ffff]+)
    | '[^']*'? | "[^"]*"? | `[^`]*`? | \[[^\]]*\]?    # quoted (unterminated: to the end)
    | .
""", re.VERBOSE | re.DOTALL)

# token classes and states of the automaton
_SEMI, _BLANK, _OTHER, _EXPLAIN, _CREATE, _TEMP, _TRIGGER, _END = range(8)
_KEYWORDS = {"EXPLAIN": _EXPLAIN, "CREATE": _CREATE, "TEMP": _TEMP, "TEMPORARY": _TEMP,
             "TRIGGER": _TRIGGER, "END": _END}
_START, _NORMAL, _AFTER_EXPLAIN, _AFTER_CREATE, _IN_TRIGGER, _TRIGGER_SEMI, _TRIGGER_END = \
    range(1, 8)
# _NEXT[state][token class]: the state after that token (a `;` leading to _START ends
# the statement)
_NEXT = {
    _START: (_START, _START, _NORMAL, _AFTER_EXPLAIN, _AFTER_CREATE, _NORMAL, _NORMAL, _NORMAL),
    _NORMAL: (_START, _NORMAL, _NORMAL, _NORMAL, _NORMAL, _NORMAL, _NORMAL, _NORMAL),
    _AFTER_EXPLAIN: (_START, _AFTER_EXPLAIN, _AFTER_EXPLAIN, _NORMAL, _AFTER_CREATE,
                     _NORMAL, _NORMAL, _NORMAL),
    _AFTER_CREATE: (_START, _AFTER_CREATE, _NORMAL, _NORMAL, _NORMAL, _AFTER_CREATE,
                    _IN_TRIGGER, _NORMAL),
    _IN_TRIGGER: (_TRIGGER_SEMI,) + (_IN_TRIGGER,) * 7,
    _TRIGGER_SEMI: (_TRIGGER_SEMI, _TRIGGER_SEMI) + (_IN_TRIGGER,) * 5 + (_TRIGGER_END,),
    _TRIGGER_END: (_START, _TRIGGER_END) + (_IN_TRIGGER,) * 6,
}
_BLANKS = " \t\r\n;"


def split_script(text: str) -> list[str]:
    """The statements of `text` (each with its `;`), in order; empty ones left out."""
    statements: list[str] = []
    start, state = 0, _START
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "blank":
            continue  # no state changes on blanks and comments
        if kind == "semi":
            state = _NEXT[state][_SEMI]
            if state == _START:
                piece = text[start:m.end()]
                if piece.strip(_BLANKS):
                    statements.append(piece)
                start = m.end()
            continue
        token = _KEYWORDS.get(m.group().upper(), _OTHER) if kind == "word" else _OTHER
        state = _NEXT[state][token]
    rest = text[start:]
    if rest.strip(_BLANKS):
        statements.append(rest)
    return statements


def bare_statement(text: str) -> str:
    """`text` without the blanks, comments and `;` around it (query.py): a query ending
    in `-- a note` or `; -- end` is wrapped in `SELECT ... FROM (text) wlq`, where the
    note hid the closing parenthesis; one starting with a comment is still a SELECT."""
    first, last = -1, 0
    for m in _TOKEN.finditer(text):
        if m.lastgroup in ("blank", "semi"):
            continue
        if first < 0:
            first = m.start()
        last = m.end()
    return text[first:last] if first >= 0 else ""
