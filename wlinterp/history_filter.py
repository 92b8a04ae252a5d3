"""Which REPL inputs may be written to the history file: never one that may hold a secret.

Decided from the parsed input, not from a pattern of one function: an input is kept out
of the history when any name in it — a variable or parameter being declared or used, a
member (`.Password`), a called function — suggests a secret or a credential, by the rule
the error excerpt's masking uses too (secret_names.py):

* secret-like names, English and French, any case, with or without accents, judged on
  whole name parts: `pwd`, `sPassword`, `passwd`, `sMdp`, `MotDePasse`, `secret`, `token`,
  `apiKey`, `credential`... (not `gnPassed`, `nbPasses`, `Passage`);
* called functions that take credentials: any whose name speaks of a session, a
  connection, a login or a password (`EmailStartSMTPSession`, `EmailStartPOP3Session`,
  `EmailOuvreSessionSMTP`, `HOpenConnection`, `HPasse`...), whatever position the
  password has in its parameters, and any built-in that declares a parameter holding a
  secret (`Crypt`, `Uncrypt`, `HTTPRequest`: secret_args.takes_secret).

A string literal counts too when it is a key naming a secret (`"Authorization"`,
`"X-Api-Key"`, `"pwd"`: the value stored under it is one), an Authorization header's
credential (`"Bearer eyJ..."`), or holds such a name before a value (a header line, a
connection string's `Password=`, a URL query's `access_token=`).

Input that does not parse (a typo, half a block) is judged on every word it contains,
string contents included, so an unparsable line is kept only when nothing in it looks
secret. Being wrong in the safe direction only costs a line of history.
"""
from __future__ import annotations

__all__ = ["may_hold_secret"]

import re
from typing import Iterator

from .errors import WLSyntaxError
from .secret_args import takes_secret
from .secret_names import (holds_url_password, is_credential_call, is_http_credential,
                           is_secret_name, names_secret_inside, names_secret_key)
from .syntax import nodes as N
from .syntax.nodes import fields
from .syntax.parser import parse
from .syntax.walk import walk_nodes

_WORD = re.compile(r"[^\W\d]\w*")


def may_hold_secret(text: str) -> bool:
    """True if `text` (one REPL input) must not be written to the history file."""
    if holds_url_password(text):
        return True
    try:
        program = parse(text, "<repl>")
    except (WLSyntaxError, RecursionError):
        return any(_suspicious(word) for word in _WORD.findall(text))
    return any(is_secret_name(name) or (called and _suspicious_call(name))
               for name, called in _names(program)) or any(map(_secret_literal, _texts(program)))


def _secret_literal(text: str) -> bool:
    """A string naming a secret's key (`r.Header["Authorization"] = ...`, `INIWrite(s,
    "pwd", ...)`), holding an Authorization header's credential (`"Bearer eyJ..."`), or
    naming a secret before its value (`"Authorization: Bearer ..."`, `"...;Password=..."`,
    `"...?access_token=..."`)."""
    return names_secret_key(text) or is_http_credential(text) or names_secret_inside(text)


def _texts(root: N.Node | N.Program) -> Iterator[str]:
    """The text of every string literal of the input."""
    for node in walk_nodes(root):
        if isinstance(node, N.Str):
            yield node.value


def _suspicious(name: str) -> bool:
    return is_secret_name(name) or _suspicious_call(name)


def _suspicious_call(name: str) -> bool:
    """A function named like a credential taker, or a built-in declaring a secret
    parameter (Crypt's password: the error excerpt masks it by that declaration)."""
    return is_credential_call(name) or takes_secret(name)


def _names(root: N.Node | N.Program) -> Iterator[tuple[str, bool]]:
    """Every identifier the program declares, uses, calls or reads a member of, and
    whether it names a function or procedure (called or declared): the credential-call
    rule is for those only, as in the error excerpt (`nPasse` is a variable, `HPasse` a
    call)."""
    called: set[int] = set()
    for node in walk_nodes(root):
        if isinstance(node, N.Call):
            called.add(id(node.func))
        is_call = id(node) in called or isinstance(node, N.Procedure)
        for field in fields(node):
            if field.name in ("name", "names"):
                yield from ((name, is_call) for name in _strings(getattr(node, field.name)))


def _strings(value: object) -> Iterator[str]:
    """Names held as a string, a list of strings or a list of (name, line, col)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, str):
                yield item
            elif isinstance(item, tuple) and item and isinstance(item[0], str):
                yield item[0]
