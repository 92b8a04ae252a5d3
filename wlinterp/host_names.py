"""Host names as scripts write them and as messages show them.

An IPv6 address may be written in brackets, as in a URL (`[::1]`): the brackets are not
part of the address, so a connection is made to `::1` (the bracketed form was looked up
as a host name and failed). A message shows such an address with its port as
`[::1]:25`, never `::1:25`, where the port cannot be told from the address; so does
an HTTP Host header (a WebSocket's opening request).
"""
from __future__ import annotations

__all__ = ["unbracketed", "bracketed", "host_port"]


def unbracketed(host: str) -> str:
    """`host` without the brackets around an IPv6 address (`[::1]` -> `::1`)."""
    if host.startswith("[") and host.endswith("]") and ":" in host:
        return host[1:-1]
    return host


def bracketed(host: str) -> str:
    """`host` as a URL or an HTTP Host header writes it: an IPv6 address in brackets
    (`::1` -> `[::1]`)."""
    return f"[{host}]" if ":" in host else host


def host_port(host: str, port: int) -> str:
    """`host:port`, an IPv6 address in brackets (`[::1]:995`)."""
    return f"{bracketed(host)}:{port}"
