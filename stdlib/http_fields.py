"""What an HTTP request's URL, header names and values and method may hold
(docs/security.md "No injection"): a line break would end the header or the request
line early and write one of the program's choosing; other control characters are
refused by RFC 9110 (a NUL may end a header at a server or proxy); a method or a header
name that is no token rewrites the request line or the header.
"""
from __future__ import annotations

__all__ = ["clean", "checked_method", "checked_name"]

from wlinterp.errors import BuiltinFailure


def clean(text: str, what: str) -> str:
    """`text`, or a failure: a line break (an injected header or request line), or any
    other control character: in the URL (a TAB: the HTTP library's own words came), in
    a header's name or value but a TAB (a NUL went out, where a server or proxy may end
    the header at it; RFC 9110 5.5 allows none of them)."""
    if "\r" in text or "\n" in text:
        raise BuiltinFailure(f"HTTP: the {what} holds a line break (CR or LF): refused.")
    bad = next((c for c in text if (c < " " or c == "\x7f")
                and (c != "\t" or what == "URL")), None)
    if bad is not None:
        raise BuiltinFailure(f"HTTP: the {what} holds a control character (U+{ord(bad):04X}): "
                             "refused.")
    wide = None if what == "URL" else next((c for c in text if c > "\xff"), None)
    if wide is not None:  # (http.client's words: "ordinal not in range(256)")
        raise BuiltinFailure(f"HTTP: the {what} holds the character U+{ord(wide):04X}, which "
                             "a header cannot carry (Latin-1 only): refused.")
    return text


def _token(text: str) -> bool:
    """Is `text` an HTTP token (RFC 9110 5.6.2): ASCII letters, digits, !#$%&'*+-.^_`|~?"""
    return all(c.isascii() and (c.isalnum() or c in "!#$%&'*+-.^_`|~") for c in text)


def checked_method(method: str) -> str:
    """The request's method, or a failure when it is no HTTP token (RFC 9110 5.6.2):
    `h.Method = "GET /admin HTTP/1.1"` wrote a request line of the program's choosing."""
    if method and not _token(method):
        raise BuiltinFailure(f"HTTP: the method '{method}' is not an HTTP method name "
                             "(letters, digits, no blank): refused.")
    return method


def checked_name(name: str) -> str:
    """A header's name, or a failure when it is no token: `X Y` went out as `X Y: 1` (a
    server or proxy may read it otherwise, RFC 9112 5.1), and `X:Y`, an empty name or
    `X-É` failed in Python's words ("Invalid header name b'X:Y'", "ordinal not in
    range(128)")."""
    clean(name, "header name")
    if not name or not _token(name):
        raise BuiltinFailure(f"HTTP: the header name '{name}' is not an HTTP header name "
                             "(ASCII letters, digits and !#$%&'*+-.^_`|~; no blank, no "
                             "colon): refused.")
    return name
