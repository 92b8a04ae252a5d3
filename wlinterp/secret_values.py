"""Secrets known by their value, whatever variable holds them by the time they are shown.

The name rule (secret_names.py) masks what a line *names* as a secret: `TestCheckEqual(sPwd,
...)` shows stars. But a password copied into an ordinary variable (`s = sPwd`) or given to
a procedure whose parameter has an ordinary name reached `wl test`'s "got:" line, an error
message of `wl run` and a WL_DEBUG=1 traceback in clear. So the values themselves are
remembered, from two places, and every text these outputs show is searched for them:

* the program's sources, read only when something is about to be shown (no cost to a run
  that shows nothing): each literal that an error excerpt would mask (secret_args.py: a
  literal assigned to a secret-named variable or member, given to a built-in's password
  parameter, to a procedure named like a login or a session...) is a secret value;
* at run time, the value a password parameter receives: a built-in's parameter declared
  so (EmailStartSMTPSession's password, Crypt's, FTPConnect's...; its forms chosen by the
  kinds of the values given, as the excerpt chooses them by the tokens written) and a
  procedure's or method's parameter named like a secret (`PROCEDURE Login(sUser,
  sPassword)`), whatever the caller passed (a value read from a file, a variable with an
  ordinary name).

*Decided*: a value shorter than MIN_LENGTH characters is not searched for (`"x"` or `""`
compared with a password would star every x of every message, and so short a password
protects nothing); each occurrence of a longer one, inside a longer text too, is shown as
stars of the same length, and so is each piece of PIECE (6) characters or more of it (a
slice, `Middle(sPwd, 2)`, showed all of the password but a letter). Shown texts only: the program's own values and ErrorInfo are
left as they are (the program reads them).
"""
from __future__ import annotations

__all__ = ["note_secret_items", "secret_key", "MIN_LENGTH", "note_secret", "secret_arguments",
           "without_secrets", "known_secrets", "start_run"]

import threading
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable

from .lazy_import import on_first_call

if TYPE_CHECKING:
    from .secret_names import is_secret_name
else:
    on_first_call(globals(), ".secret_names", "is_secret_name")

MIN_LENGTH = 4

_NOTED: set[str] = set()
_RUN_SOURCES: list[str] = []  # the sources of the run going on (its program's; REPL inputs)
_LOCK = threading.Lock()
_SOURCES: dict[int, tuple[str, frozenset[str]]] = {}  # id(source) -> (source, its secrets)
_PATTERN: list[Any] = [frozenset(), None]  # [the secrets it was made for, the pattern]


def _as_text(value: object) -> str | None:
    """The text a value is shown as, for the kinds a password can be (a string, a
    number); None for anything else (an array, an object: not a secret by value)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(value)
    return None


def note_secret(value: Any) -> Any:
    """Remember `value` as a secret (a password parameter received it); returns it, so
    generated code can wrap a store in it."""
    text = _as_text(value)
    if text is not None and len(text.strip()) >= MIN_LENGTH and text not in _NOTED:
        with _LOCK:
            _NOTED.add(text)
    return value


def secret_key(key: object) -> bool:
    """Is `key`, an associative array's key a variable held as the program stored under
    it (`aa[sKey] = x`: compiler/secret_stores.py), a text named like a secret
    ("password", "MotDePasse", "API_TOKEN"), by the name rule? A longer text than a
    name is not judged."""
    return type(key) is str and len(key) <= _LONGEST_KEY and is_secret_name(key)


_LONGEST_KEY = 64


def note_secret_items(container: Any) -> None:
    """Remember the elements of an array or associative array named like a secret
    (`ArrayAdd(arrPasswords, x)`, `tabMdp[2] = x`: compiler/secret_stores.py). Called
    after each such statement, it looks at the last LAST_ITEMS elements only (an array
    filled in a loop would cost its square): an element added at the end, the commonest,
    is always among them."""
    items = getattr(container, "items", None)
    if not isinstance(items, list):
        data = getattr(container, "data", None)
        if not isinstance(data, dict):
            return
        items = list(data.values())
    for item in items[-LAST_ITEMS:]:
        for value in (item if isinstance(item, list) else (item,)):
            note_secret(value)


LAST_ITEMS = 64


def _literal_value(token: str) -> str:
    """A string literal's value from its source text (`"a""b"` -> `a"b`); a number's
    text as it is."""
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "\"'":
        return token[1:-1].replace(token[0] * 2, token[0])
    if len(token) >= 2 and token[0] == "\u201c" and token[-1] == "\u201d":
        return token[1:-1]
    return token


def _source_secrets(source: str) -> frozenset[str]:
    """The literals of `source` that an error excerpt would mask, as values; each
    source is read once (a line holding neither a quote nor a digit holds no literal)."""
    known = _SOURCES.get(id(source))
    if known is not None and known[0] is source:
        return known[1]
    from .errors import source_lines
    from .secret_args import secret_spans
    found = set()
    for line in source_lines(source):
        if not any(c in line for c in "\"'\u201c") and not any(c.isdigit() for c in line):
            continue
        for start, end in secret_spans(line) or ():
            found.add(_literal_value(line[start:end]))
    secrets = frozenset(v for v in found if len(v.strip()) >= MIN_LENGTH)
    _SOURCES[id(source)] = (source, secrets)
    return secrets


def start_run(source: str, again: bool = False) -> None:
    """A run of the program compiled from `source` starts: what earlier runs of this
    process noted is forgotten (a `wl test` case, a golden run in-process: one run's
    password must not star another's output), unless `again` (the REPL's next input
    runs in the same session)."""
    with _LOCK:
        if not again:
            _NOTED.clear()
            _RUN_SOURCES.clear()
        _RUN_SOURCES.append(source)


def known_secrets(extra_sources: tuple[str, ...] = ()) -> frozenset[str]:
    """Every secret value known now: those noted during the run and those of its
    program's sources, and `extra_sources`."""
    found = set(_NOTED)
    for source in [*_RUN_SOURCES, *extra_sources]:
        if source:
            found |= _source_secrets(source)
    return frozenset(found)


def without_secrets(text: str, extra_sources: tuple[str, ...] = ()) -> str:
    """`text` with each known secret value in it as stars of the same length (the
    longest first, so a secret holding a shorter one is starred whole), in any case: a
    check of `Upper(s)` printed the password upper-cased; and each piece of a secret of
    PIECE characters or more (`Middle(sPwd, 2)` printed all of it but its first
    letter): `_pieces`."""
    if not text or len(text) < MIN_LENGTH:
        return text
    secrets = known_secrets(extra_sources)
    if not secrets:
        return text
    if _PATTERN[0] != secrets:
        import re
        alternatives = sorted(secrets, key=len, reverse=True)
        _PATTERN[:] = [secrets, re.compile("|".join(map(re.escape, alternatives)), re.I)]
    return _pieces(_PATTERN[1].sub(lambda m: "*" * len(m.group()), text), secrets)


PIECE = 6
"""The shortest piece of a longer secret starred on its own (decided: a piece of six
characters or more gives much of a password away; a shorter one is common text)."""
PIECES_UP_TO = 256
"""The longest secret whose pieces are looked for (a password, a key, a token): a whole
file read into a variable named like a secret would make millions of pieces; a longer
secret is starred whole only."""
_GRAMS: list[Any] = [frozenset(), frozenset()]  # [the secrets, their pieces]


def _folded(text: str) -> str:
    """`text` lower-cased character by character, its length kept (a character whose
    lower case is longer, such as U+0130, stays as it is)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _pieces(text: str, secrets: frozenset[str]) -> str:
    """`text` with every run of characters that is covered by pieces of PIECE characters
    of a secret longer than PIECE starred, in any case: each window of PIECE characters
    of the text found among a secret's is starred (a run of such windows may span two
    places of the secret: starred too, more rather than less)."""
    if len(text) < PIECE:
        return text
    if _GRAMS[0] != secrets:
        longer = [_folded(s) for s in secrets if PIECE < len(s) <= PIECES_UP_TO]
        _GRAMS[:] = [secrets, frozenset(s[i:i + PIECE] for s in longer
                                        for i in range(len(s) - PIECE + 1))]
    grams = _GRAMS[1]
    if not grams:
        return text
    low = _folded(text)
    starred = bytearray(len(text))
    for i in range(len(text) - PIECE + 1):
        if low[i:i + PIECE] in grams:
            starred[i:i + PIECE] = b"\x01" * PIECE
    if not any(starred):
        return text
    return "".join("*" if starred[i] else c for i, c in enumerate(text))


_WRAPPED: dict[int, Callable[..., Any] | None] = {}


def secret_arguments(builtin: Any) -> Callable[..., Any] | None:
    """A built-in's call that notes the values given to its password parameters, or
    None when none of its forms has one (its call is then used as it is: no cost)."""
    if id(builtin) in _WRAPPED:
        return _WRAPPED[id(builtin)]
    _WRAPPED[id(builtin)] = None
    func = builtin.func
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    code = getattr(func, "__code__", None)
    names = " ".join(builtin.overloads and [" ".join(n for n, _, _ in f.params)
                                            for f in builtin.overloads]
                     or (code.co_varnames[:code.co_argcount] if code else ())).lower()
    from .secret_names import ROOTS
    if not any(root in names for root in ROOTS):
        return None
    from .secret_args import _forms, secret_positions
    every = _forms(builtin)
    if not any(form.secret_positions() for form in every):
        return None
    call = builtin.call

    def noting(rt: Any, *args: Any) -> Any:
        for p in secret_positions(every, [_kind(a) for a in args], True):
            if p < len(args):
                note_secret(args[p])
        return call(rt, *args)

    _WRAPPED[id(builtin)] = noting
    return noting


def _kind(value: object) -> str:
    """A value's kind as secret_args classifies an argument's tokens."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "digits" if value.strip().isdigit() else "string"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    return "other"
