"""Lark's LALR parser of the grammar: imported only to build the parser tables that
tables.py caches (parsing itself runs our driver on those tables, without Lark)."""
from __future__ import annotations

__all__ = ["build_lark"]

import contextlib
import os
import tempfile
from typing import Any, Iterable, Iterator

from lark import Lark
from lark.lexer import Lexer

from .builder import Builder
from .tokens import Token


class TokenListLexer(Lexer):
    """Lark's side of our hand-written lexer: the input *is* the token list."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        return iter(data)


def build_lark() -> Lark:
    """The LALR parser with the AST builder applied during the parse (tree-less).

    Lark's own cache (its analysed grammar, which makes a rebuild of tables.py's tables
    quick) is one file in the temporary folder, shared by every process and checkout,
    that Lark rewrites in place: a process loading it while another rewrote it could
    read a mixture of two writings, whose state numbers differ from one build to the
    next. So the whole use of it, read or write, holds an exclusive lock on a file
    beside it (POSIX; elsewhere it goes unlocked, as before)."""
    with _lark_cache_lock():
        return Lark.open_from_package(
            "wlinterp.grammar", "wlanguage.lark", parser="lalr", lexer=TokenListLexer,
            transformer=Builder(), maybe_placeholders=True, cache=True)


@contextlib.contextmanager
def _lark_cache_lock() -> Iterator[None]:
    """Hold the lock of Lark's cache (released when the process ends in any case)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock
        yield
        return
    path = os.path.join(tempfile.gettempdir(), ".wlinterp-lark-cache.lock")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:  # an unwritable temporary folder: Lark cannot cache either
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
