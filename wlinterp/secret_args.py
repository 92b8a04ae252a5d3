"""Which literals of a source line hold a secret, so an error excerpt can show them as stars.

A fatal error quotes its source line; a line that passes a password to a built-in must not
print it. Masking every string of any line that calls a credential-taking built-in also hid
what is no secret — the server of `EmailStartSMTPSession("u", "127.0.0.1", port, True)`,
which has no password — so the positions are decided from the call's signature, declared
once in the built-in's decorator (`Family.function(..., overloads=...)`, or else its Python
parameters): a parameter named like a secret (`password`, `pwd`, `mdp`...) holds one.

A variadic built-in declares its overloads, e.g. EmailStartSMTPSession's
`user, password, server, port:number?, ...` and `user, server, port:number?, ...`. Each
argument written on the line is classified from its tokens (a string, a number, a boolean,
anything else), and every overload that the arguments fit contributes its secret
positions; when none fits by kinds, those their count fits do (an argument of the wrong
kind, `FTPConnect(s, u, "pw", "port21")`, moves no password); when none fits even so (too
many or too few arguments, a call cut by the line's end that fits nothing), the literals
at a secret position of any form are masked, not the call's other literals (a built-in
named like a login that declares no password position keeps every literal masked). An
argument that is an expression fits any kind, so the doubt always falls on the masked
side. Besides calls, a line naming a variable or member
like a secret (`sMdp est une chaîne = "..."`, `s.Password = "..."`) has all its literals
masked, and so have the arguments of a procedure or method whose name speaks of a session,
a connection or a login (not a built-in: nothing tells where its password is).
"""
from __future__ import annotations

__all__ = ["Overload", "parse_overloads", "secret_spans", "masked_line", "takes_secret",
           "fitting_forms", "secret_positions"]

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .secret_names import (holds_url_password, is_credential_call, is_element_holder,
                           is_http_credential, is_secret_name, names_secret_inside,
                           names_secret_key)
_LITERALS = frozenset({"STRING", "NUMBER"})
_KINDS = frozenset({"text", "number", "boolean", "any", "variable"})
_NUMBERS = ("NumberArg", "IntArg")  # the annotations of a number parameter (registry.py)


@dataclass(frozen=True)
class Overload:
    """One form of a built-in's parameters: (name, kind, optional) each."""

    params: tuple[tuple[str, str, bool], ...]

    @property
    def required(self) -> int:
        return sum(1 for _, _, optional in self.params if not optional)

    def secret_positions(self) -> set[int]:
        return {n for n, (name, _, _) in enumerate(self.params)
                if is_secret_name(name)}


def parse_overloads(forms: tuple[str, ...]) -> tuple[Overload, ...]:
    """`("user, password, server, port:number?", ...)` as Overloads (a declaration error
    raises ValueError at import, where the decorator is)."""
    result = []
    for form in forms:
        params = []
        for item in (p.strip() for p in form.split(",")):
            optional = item.endswith("?")
            name, _, kind = item.rstrip("?").partition(":")
            kind = kind or "text"
            if not name or kind not in _KINDS:
                raise ValueError(f"bad overload parameter {item!r} in {form!r}")
            params.append((name.strip(), kind, optional))
        result.append(Overload(tuple(params)))
    return tuple(result)


def _python_overload(func: Any) -> Overload | None:
    """The one form a built-in's Python signature gives (after `rt`), or None when it
    takes *args (its forms are then unknown unless declared)."""
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    code = getattr(func, "__code__", None)
    if code is None or code.co_flags & 0x04:
        return None
    names = code.co_varnames[1:code.co_argcount]
    defaults = len(getattr(func, "__defaults__", None) or ())
    notes = getattr(func, "__annotations__", {})
    first_optional = len(names) - defaults
    return Overload(tuple((name, "number" if notes.get(name) in _NUMBERS else "any",
                           n >= first_optional) for n, name in enumerate(names)))


def _fits(kind: str, arg: str) -> bool:
    """Whether an argument classified `arg` (string, digits, number, boolean, other) may
    be passed as a parameter of `kind` (mirrors how the built-ins tell their forms apart:
    EmailStartSMTPSession's third argument is a port when it is a number)."""
    if arg == "other" or kind == "any":
        return True
    return {"text": arg in ("string", "digits"),
            "number": arg in ("number", "digits"),
            "boolean": arg in ("boolean", "number"),
            "variable": False}[kind]


def _matches(overload: Overload, args: list[str], closed: bool) -> bool:
    count = len(args)
    if count > len(overload.params) or (closed and count < overload.required):
        return False
    return all(_fits(kind, arg) for (_, kind, _), arg in zip(overload.params, args))


def fitting_forms(forms: tuple[Overload, ...], kinds: list[str],
                  closed: bool) -> list[Overload]:
    """The forms the arguments' kinds fit; else those their count fits (below); else
    none. One rule for the excerpt and for the values a run notes (secret_values.py)."""
    return [form for form in forms if _matches(form, kinds, closed)] \
        or [form for form in forms if _counts_fit(form, len(kinds), closed)]


def secret_positions(forms: tuple[Overload, ...], kinds: list[str], closed: bool) -> set[int]:
    """The argument positions holding a secret: those of the forms the arguments fit
    (fitting_forms); when none fits (too many or too few arguments for every form),
    those of every form, so only what may be a password is hidden: a wrong count
    starred every literal of the call (`EmailStartSMTPSession("u", "pw", "smtp", 25, 0,
    0, 0)` hid the user and the server; docs/security.md #105). One rule for the
    excerpt and for the values a run notes (secret_values.py)."""
    fitting = fitting_forms(forms, kinds, closed) or forms
    return set().union(*(form.secret_positions() for form in fitting))


def _counts_fit(overload: Overload, count: int, closed: bool) -> bool:
    """Whether `count` arguments fit the form whatever their kinds: a call whose
    argument has the wrong kind (`FTPConnect(s, u, "pw", "port21")`, WL206) still puts
    its password where the form does, so only that argument is masked; it starred every
    literal of the line."""
    return count <= len(overload.params) and (not closed or count >= overload.required)


def _classify(tokens: list[Any]) -> str:
    if len(tokens) == 1:
        kind = tokens[0].type
        if kind == "STRING":
            return "digits" if tokens[0].value.strip().isdigit() else "string"
        if kind == "NUMBER":
            return "number"
        if kind in ("TRUE", "FALSE"):
            return "boolean"
    if len(tokens) == 2 and tokens[0].type in ("MINUS", "PLUS") and tokens[1].type == "NUMBER":
        return "number"
    return "other"


_OPENERS = frozenset({"LPAR", "LBRACK", "LBRACE"})
_CLOSERS = frozenset({"RPAR", "RBRACK", "RBRACE"})
Span = tuple[int, int]
"""Tokens `start` to `end` (excluded) of the line: one argument."""


def _calls(tokens: list[Any]) -> list[tuple[int, list[Span], bool]]:
    """(index of the name, each argument as a span of `tokens`, closed on this line) for
    each call, in the order of the names. One pass with a stack of the open brackets:
    linear in the line's length (scanning from each call to its end was quadratic, and an
    error on a line of 5000 nested calls took half a minute to quote)."""
    calls: list[list[Any]] = []  # [name index, arguments, start of the current one, closed]
    stack: list[list[Any] | None] = []  # per open bracket: its call, or None
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind in _OPENERS:
            if kind == "LPAR" and i > 0 and tokens[i - 1].type == "NAME":
                calls.append([i - 1, [], i + 1, False])
                stack.append(calls[-1])
            else:
                stack.append(None)
        elif kind in _CLOSERS and stack:
            call = stack.pop()
            if call is not None:
                if i > call[2] or call[1]:
                    call[1].append((call[2], i))
                call[3] = True
        elif kind == "COMMA" and stack and stack[-1] is not None:
            call = stack[-1]
            call[1].append((call[2], i))
            call[2] = i + 1
    for call in calls:  # cut by the line's end: the last argument runs to it
        if not call[3] and len(tokens) > call[2]:
            call[1].append((call[2], len(tokens)))
    return [(name, args, closed) for name, args, _, closed in calls]


def _builtin(name: str) -> Any:
    from .registry import REGISTRY
    found = REGISTRY.lookup(name)
    return found[1] if found is not None and found[0] == "function" else None


def _forms(builtin: Any) -> tuple[Overload, ...]:
    """The built-in's declared forms, or the one its Python signature gives."""
    return builtin.overloads or tuple(f for f in [_python_overload(builtin.func)] if f)


def takes_secret(name: str) -> bool:
    """True if `name` is a built-in one of whose declared parameters holds a secret
    (Crypt's password, HTTPRequest's): the REPL history leaves such a call out, as the
    error excerpt masks that argument, whatever the function's name says."""
    builtin = _builtin(name)
    return builtin is not None and any(form.secret_positions() for form in _forms(builtin))


def _call_secrets(tokens: list[Any], n: int, args: list[Span], closed: bool,
                  method: bool) -> list[Span]:
    """The arguments of the call named at `tokens[n]` that hold a secret."""
    name = tokens[n].value
    builtin = None if method else _builtin(name)
    if builtin is None:
        if is_credential_call(name) or is_secret_name(name):
            return args
        return []
    forms = _forms(builtin)
    if not forms:
        return args if is_credential_call(name) else []
    kinds = [_classify(tokens[start:min(end, start + 3)]) for start, end in args]
    positions = secret_positions(forms, kinds, closed)
    if not positions and is_credential_call(name) \
            and not fitting_forms(forms, kinds, closed):
        return args  # a wrong call of a built-in named like a login: nothing says where
    return [args[p] for p in sorted(positions) if p < len(args)]


def secret_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of each literal of `line` to mask; None when the line cannot be read
    as tokens (the caller then masks every string)."""
    from .syntax.lexer import _Scanner
    try:
        tokens = [t for t in _Scanner(line, "<line>").run()
                  if t.line == 1 and (t.type != "NL" or t.value == ";")]
    except Exception:  # an unterminated string, a stray character: judged by words
        return None
    marks = [0] * (len(tokens) + 1)  # +1 where a masked span starts, -1 where it ends
    called = set()
    for n, args, closed in _calls(tokens):
        called.add(n)
        method = n > 0 and tokens[n - 1].type == "DOT"
        for start, end in _call_secrets(tokens, n, args, closed, method):
            marks[start] += 1
            marks[end] -= 1
    regions = None
    for n, tok in enumerate(tokens):
        at = _secret_subscript(tokens, n)  # (the key's `[`: its statement is reached)
        if at is not None or tok.type == "NAME" and n not in called \
                and is_secret_name(tok.value) and _builtin(tok.value) is None \
                and not _holds_method(tokens, n):
            regions = regions or _regions(tokens)
            start, end = regions[n if at is None else at]
            marks[start] += 1
            marks[end] -= 1
    spans, depth = set(), 0
    for n, tok in enumerate(tokens):
        depth += marks[n]
        if (depth > 0 or holds_url_password(str(tok.value))
                or is_http_credential(str(tok.value))
                or names_secret_inside(str(tok.value))) and tok.type in _LITERALS:
            spans.add((tok.start_pos, tok.end_pos))
    return sorted(spans)


_BETWEEN = frozenset({"NL", "THEN", "ELSE"})  # `;`, and a one-line IF's parts


def _regions(tokens: list[Any]) -> list[Span]:
    """For each token, the tokens a secret named there may reach: the argument of the
    innermost call holding it (`Trace(sPwd + "x", 10 / n)`: the first argument), else its
    statement (`sPwd = "x" + s`, up to a `;`, THEN or ELSE). A line naming a password
    masked all its literals: `sMdp = "x"; Trace(10 / n)` showed `Trace(** / n)`. One
    pass, as `_calls`."""
    spans = [[0, len(tokens)]]  # each region's [first token, end]; the statement's first
    inner = [0]  # the innermost region at each open call (the statement's at the bottom)
    brackets: list[bool] = []  # per open bracket: is it a call's
    owner: list[int] = []
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind in _CLOSERS and brackets:
            if brackets.pop():
                spans[inner.pop()][1] = i
        owner.append(inner[-1])
        if kind in _OPENERS:
            brackets.append(kind == "LPAR" and i > 0 and tokens[i - 1].type == "NAME")
            if brackets[-1]:
                inner.append(_open(spans, i + 1, len(tokens)))
        elif kind == "COMMA" and brackets and brackets[-1] or kind in _BETWEEN and not brackets:
            spans[inner[-1]][1] = i
            inner[-1] = _open(spans, i + 1, len(tokens))
    return [(spans[r][0], spans[r][1]) for r in owner]


def _open(spans: list[list[int]], first: int, last: int) -> int:
    """A new region from token `first` (to `last`, the line's end, until it closes); its
    index."""
    spans.append([first, last])
    return len(spans) - 1


def _holds_method(tokens: list[Any], n: int) -> bool:
    """`tokens[n]` is a set's or class's name whose method is called (`PROC_Auth.Check(`:
    secret_names.is_element_holder), not a value that may be a secret."""
    return (n + 3 < len(tokens) and tokens[n + 1].type == "DOT"
            and tokens[n + 2].type == "NAME" and tokens[n + 3].type == "LPAR"
            and is_element_holder(str(tokens[n].value)))


def _secret_subscript(tokens: list[Any], n: int) -> int | None:
    """Where the `[` is when `tokens[n]` is a string in a subscript naming a secret
    (`r.Header["Authorization"]`, `t["pwd"]`, and within the key's expression:
    `aa[Lower("PassWord")]`, whose stored value was shown): the line stores or reads a
    secret. None otherwise."""
    if tokens[n].type != "STRING" or n == 0 or not names_secret_key(str(tokens[n].value)):
        return None
    return _subscript_start(tokens, n)


def _subscript_start(tokens: list[Any], n: int) -> int | None:
    """The innermost unclosed `[` before `tokens[n]` (parentheses inside it allowed), read
    back over _KEY_TOKENS tokens at most: a key's expression is short, and a hostile line
    of thousands of such strings stays linear. None when there is none."""
    depth = 0
    for i in range(n - 1, max(n - 1 - _KEY_TOKENS, -1), -1):
        kind = tokens[i].type
        if kind in _CLOSERS:
            depth += 1
        elif kind in _OPENERS:
            if depth:
                depth -= 1
            elif kind == "LBRACK":
                return i
    return None


_KEY_TOKENS = 64


@lru_cache(maxsize=16)
def masked_line(line: str) -> str:
    """`line` with each secret literal as stars, same length (the caret stays right):
    a string keeps its quotes, a number becomes stars. Kept for the last lines asked:
    `wl check` shows each diagnostic's line, and re-reading a 200,000-character line
    of 33,000 statements for each of their diagnostics took minutes."""
    spans = secret_spans(line)
    if spans is None:
        from .history_filter import may_hold_secret
        if not may_hold_secret(line):
            return line
        return _STRING_LITERAL.sub(lambda m: _stars(m.group()), line)
    pieces, done = [], 0
    for start, end in spans:
        pieces += [line[done:start], _stars(line[start:end])]
        done = end
    return "".join(pieces) + line[done:]


_STRING_LITERAL = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d|\'[^\'\n]*\'')
_QUOTES = "\"'\u201c\u201d"


def _stars(text: str) -> str:
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[0] + "*" * (len(text) - 2) + text[-1]
    return "*" * len(text)
