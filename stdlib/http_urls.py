"""A URL as it goes on the wire: ASCII only (RFC 3986), whatever the script or a server
wrote. The HTTP library sends the request line in ASCII and the Host header in Latin-1:
a script's `http://host/café` failed with "ordinal not in range(128)", and a redirect to
a host name that is not ASCII (`Location: http://bücher.example/`, its bytes in Latin-1)
with "ordinal not in range(256)" (urllib percent-encoded the host, then decoded it
again into U+FFFD).

* The host name is written in IDNA (`bücher.example` -> `xn--bcher-kva.example`), as
  browsers and curl do.
* The rest (user part, path, query, fragment) keeps its ASCII as written but spaces;
  any other character, and a space, is percent-encoded, in UTF-8 for a script's URL (INFERRED: the help does not
  say; browsers encode so), and for a `Location` in the bytes the server sent (its own
  encoding, which it reads back), as urllib did for a path.
"""
from __future__ import annotations

__all__ = ["ascii_url", "location_url", "with_scheme"]

import urllib.parse


def with_scheme(url: str) -> str:
    """`url`, http:// put before it when it names no scheme: the help's examples call
    HTTPRequest and HTTPSendForm with "www.MySite.com?Login" (?1000019234)."""
    url = url.strip()
    return url if not url or "://" in url else "http://" + url


def _host_ascii(host: str) -> str:
    """`host` in IDNA where it is not ASCII; a ValueError where it cannot be (an empty
    label, one over 63 characters)."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValueError(f"the host name '{host}' cannot be written in IDNA") from None


def _escaped(text: str, encoding: str) -> str:
    """`text` with each character outside ASCII, and each space (the HTTP library refused
    `/a b` as holding a control character), percent-encoded in `encoding`."""
    if text.isascii() and " " not in text:
        return text
    return "".join(c if c.isascii() and c != " "
                   else urllib.parse.quote(c, safe="", encoding=encoding) for c in text)


def ascii_url(url: str, encoding: str = "utf-8") -> str:
    """`url` in ASCII: its host in IDNA, every other character outside ASCII
    percent-encoded in `encoding` (a ValueError for a host IDNA cannot write)."""
    if url.isascii() and " " not in url:
        return url
    parts = urllib.parse.urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    host, colon, port = hostport, "", ""
    if not hostport.startswith("[") and hostport.count(":") == 1:
        host, colon, port = hostport.partition(":")
    netloc = _escaped(userinfo, encoding) + at + _host_ascii(host) + colon + port
    return urllib.parse.urlunsplit(parts._replace(
        netloc=netloc, path=_escaped(parts.path, encoding),
        query=_escaped(parts.query, encoding), fragment=_escaped(parts.fragment, encoding)))


def location_url(value: str) -> str:
    """A `Location` header's URL in ASCII. The HTTP library decodes a header's bytes as
    Latin-1: they are read back as UTF-8 when they are UTF-8 (the host name then in
    IDNA from its true characters), else as the Latin-1 they are."""
    raw = value.encode("latin-1", "replace")
    try:
        return ascii_url(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return ascii_url(value, "latin-1")
