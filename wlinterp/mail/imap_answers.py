"""What an IMAP server's answers say (imap.py's session reads them through these), and
folder names in IMAP's modified UTF-7 (RFC 3501, 5.1.3).

A line that is not what the command asked for is `Garbage`, never skipped: a server
answering garbage to LIST or FETCH showed no folder or an empty folder, silently; the
session turns it into a failure quoting the line.
"""
from __future__ import annotations

__all__ = ["Garbage", "fetch_index", "fetched_source", "folder_names", "utf7_encode",
           "utf7_decode"]

import base64
import re
from typing import Any

_ATTRIBUTE = {
    "uid": re.compile(rb"\bUID (\d{1,20})\b"),
    "flags": re.compile(rb"\bFLAGS \(([^)]*)\)"),
    "size": re.compile(rb"\bRFC822\.SIZE (\d{1,20})\b"),
}

_LIST_LINE = re.compile(rb'^\((?P<attrs>[^)]*)\) (?:"[^"\\]*(?:\\.[^"\\]*)*"|NIL) (?P<name>.+)$')

_LITERAL = re.compile(rb"\{\d{1,20}\}")
"""A LIST line's name sent as a literal: its size in braces (the name's bytes follow)."""

_FETCH_ITEM = re.compile(rb"\d{1,20} \(")
"""The start of a FETCH answer's item as imaplib gives it: the message number, then its
data in brackets."""


class Garbage(Exception):
    """An answer line that is not what the command asked for: `line`, the server's bytes."""

    def __init__(self, line: Any) -> None:
        super().__init__(line)
        self.line = line if isinstance(line, bytes) else repr(line).encode()


def fetched_source(data: list[Any], uid: int) -> bytes | int | None:
    """The literal a `UID FETCH uid (BODY[])` answer brought for message `uid`: the first
    whose item names that UID, or names none (a server may give the UID after the
    literal, RFC 3501 7.4.2). None when no literal came; the other UID (an int) when the
    only literals are another message's (a server that lies: the wrong message was
    shown as the one asked for)."""
    other: int | None = None
    for item in data:
        if not (isinstance(item, tuple) and len(item) > 1 and isinstance(item[0], bytes)):
            continue
        named = _ATTRIBUTE["uid"].search(item[0])
        if named is None or int(named.group(1)) == uid:
            return bytes(item[1])
        other = other if other is not None else int(named.group(1))
    return other


def fetch_index(data: list[Any]) -> tuple[list[int], dict[int, set[str]], dict[int, int]]:
    """(sorted UIDs, flags by UID, sizes by UID) from a FETCH (UID FLAGS RFC822.SIZE)
    answer; 8-bit bytes in a flag are replaced, never fatal. An item that is no FETCH
    item (`N (...`) is Garbage. One without a UID is a flag change the server reports of
    its own accord (RFC 3501, 7.4.2), skipped, as is the rest of an item after a literal
    (imaplib gives it as a separate line)."""
    uids: list[int] = []
    flags: dict[int, set[str]] = {}
    sizes: dict[int, int] = {}
    after_literal = False
    for item in data:
        if item is None or (after_literal and isinstance(item, bytes)):
            after_literal = False  # imaplib's "no FETCH line at all", or a literal's tail
            continue
        after_literal = isinstance(item, tuple)
        line = item[0] if isinstance(item, tuple) else item
        if not isinstance(line, bytes) or not _FETCH_ITEM.match(line):
            raise Garbage(line)
        uid = _ATTRIBUTE["uid"].search(line)
        if uid is None:
            continue
        number = int(uid.group(1))
        found = _ATTRIBUTE["flags"].search(line)
        size = _ATTRIBUTE["size"].search(line)
        uids.append(number)
        flags[number] = set(found.group(1).decode("utf-8", "replace").split()) if found else set()
        sizes[number] = int(size.group(1)) if size else 0
    return sorted(uids), flags, sizes


def folder_names(data: list[Any]) -> list[str]:
    """The folder names of a LIST answer; a line that is no LIST line is Garbage."""
    names = []
    after_literal = False
    for item in data:
        if item is None or (after_literal and item == b""):
            after_literal = False  # imaplib's "no LIST line at all", or a literal's tail
            continue
        after_literal = isinstance(item, tuple)
        names.append(utf7_decode(_list_name(item)))
    return names


def _list_name(item: Any) -> str:
    """The folder name of one LIST item: a line, or (line, name) when the name came as a
    literal (`() "/" {9}` then its 9 bytes, RFC 3501 4.3: a name holding a quote or 8-bit
    bytes; imaplib then gives the line's empty tail apart)."""
    line, literal = item if isinstance(item, tuple) and len(item) == 2 else (item, None)
    m = _LIST_LINE.match(line) if isinstance(line, bytes) else None
    if m is None or (literal is not None and not (
            isinstance(literal, bytes) and _LITERAL.fullmatch(m.group("name")))):
        raise Garbage(line)
    if literal is not None:
        return literal.decode("utf-8", "replace")
    name = m.group("name").decode("utf-8", "replace").strip()
    if name.startswith('"') and name.endswith('"'):
        name = re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def utf7_encode(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501, 5.1.3)."""
    out, pending = [], ""

    def flush() -> None:
        if pending:
            raw = base64.b64encode(pending.encode("utf-16-be")).rstrip(b"=")
            out.append("&" + raw.decode().replace("/", ",") + "-")

    for ch in name:
        if " " <= ch <= "~":
            flush()
            pending = ""
            out.append("&-" if ch == "&" else ch)
        else:
            pending += ch
    flush()
    return "".join(out)


def utf7_decode(name: str) -> str:
    """A folder name from modified UTF-7; a part that does not decode is kept as sent."""

    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if not body:
            return "&"
        raw = body.replace(",", "/")
        raw += "=" * (-len(raw) % 4)
        try:
            return base64.b64decode(raw).decode("utf-16-be")
        except (ValueError, UnicodeError):
            return m.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", one, name)
