"""The tokens of a JSON file read a piece at a time, for the jsonReader type
(json_reader.py): a document larger than memory is walked without loading it.

A token is a pair (kind, value): kind is one of `{ } [ ] : ,`, `s` (a string, its value
decoded), `n` (a number: an int, else a float, as JSONToVariant reads them), `v` (true,
false or null: True, False, None); None at the end of the text. A text that is not JSON
is a WLRuntimeError naming the line, as the JSON type's parse reports it.
"""
from __future__ import annotations

__all__ = ["JSONTokens"]

import codecs
import json
import re
from typing import IO, Any

from wlinterp.errors import WLRuntimeError

_CHUNK = 1 << 16
_BLANKS_RE = re.compile(r"[ \t\r\n]*")
_NUMBER_RE = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_PUNCTUATION = frozenset("{}[]:,")


class JSONTokens:
    """A JSON text's tokens, read from `stream` (bytes: UTF-8, a byte-order mark
    skipped) as they are needed; `peek` looks at the next one, `take` consumes it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream: IO[bytes] | None = stream
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self.buf, self.pos, self.line = "", 0, 1
        self.ahead: tuple[str, Any] | None = None

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None

    def peek(self) -> str | None:
        """The kind of the next token (None: the text ended)."""
        if self.ahead is None:
            self.ahead = self._read()
        return self.ahead[0] if self.ahead[0] else None

    def take(self) -> tuple[str, Any]:
        if self.ahead is None:
            self.ahead = self._read()
        token, self.ahead = self.ahead, None
        if not token[0]:
            raise self.error("the text ends too early")
        return token

    def expect(self, kind: str) -> None:
        found, _ = self.take()
        if found != kind:
            raise self.error(f"'{kind}' expected")

    def error(self, why: str) -> WLRuntimeError:
        return WLRuntimeError(f"jsonReader: the JSON text is not valid ({why}, line "
                              f"{self.line}).")

    # -- reading ---------------------------------------------------------------------
    def _fill(self) -> bool:
        """Read the next piece of the file into the buffer; False at its end."""
        if self.stream is None:
            return False
        data = self.stream.read(_CHUNK)
        if self.pos > _CHUNK:  # drop what was read
            self.buf, self.pos = self.buf[self.pos:], 0
        self.buf += self.decoder.decode(data, final=not data)
        if not data:
            self.close()
        return bool(data)

    def _read(self) -> tuple[str, Any]:
        while True:
            blanks = _BLANKS_RE.match(self.buf, self.pos)
            end = blanks.end() if blanks is not None else self.pos
            self.line += self.buf.count("\n", self.pos, end)
            self.pos = end
            if self.pos < len(self.buf) or not self._fill():
                break
        if self.pos >= len(self.buf):
            return "", None
        c = self.buf[self.pos]
        if c in _PUNCTUATION:
            self.pos += 1
            return c, c
        if c == '"':
            return "s", self._string()
        if c == "-" or "0" <= c <= "9":
            return "n", self._number()
        return "v", self._literal()

    def _complete(self, pattern: "re.Pattern[str]") -> "re.Match[str] | None":
        """The match of `pattern` at the position, once the buffer holds all of it."""
        while True:
            found = pattern.match(self.buf, self.pos)
            if found is None or found.end() < len(self.buf) or not self._fill():
                return found

    def _string(self) -> str:
        ahead = 1  # where to look for the closing quote, from the string's start (the
        while True:  # buffer may be cut in front of the string when it is filled)
            close = self.buf.find('"', self.pos + ahead)
            if close < 0:
                ahead = max(1, len(self.buf) - self.pos)
                if not self._fill():
                    raise self.error("a string is not closed")
                continue
            body = self.buf[self.pos + 1:close]
            if (len(body) - len(body.rstrip("\\"))) % 2 == 0:
                break
            ahead = close - self.pos + 1  # an escaped quote: look past it
        try:
            text, end = json.decoder.scanstring(self.buf, self.pos + 1)  # type: ignore[attr-defined]
        except ValueError:
            raise self.error("a string holds an invalid escape") from None
        self.line += self.buf.count("\n", self.pos, end)
        self.pos = end
        return str(text)

    def _number(self) -> int | float:
        found = self._complete(_NUMBER_RE)
        if found is None:
            raise self.error("a number is expected")
        self.pos = found.end()
        text = found.group()
        return float(text) if found.group(1) or found.group(2) else int(text)

    def _literal(self) -> object:
        while len(self.buf) - self.pos < 5 and self._fill():
            pass
        for word, value in _LITERALS.items():
            if self.buf.startswith(word, self.pos):
                self.pos += len(word)
                return value
        raise self.error(f"unexpected '{self.buf[self.pos]}'")
