"""Text from peers and options read as digits accepts 0-9 only (docs/semantics.md "Only
0-9 are digits"). `str.isdigit()` is True for "²" and "٢٥", which `int()` then refuses
("²") or reads as 25 ("٢٥"): an SMTP route's port and an FTP listing's size were read
with it."""
from __future__ import annotations

import pytest

from wlinterp.stdlib.ftp_listing import _number, mlsd_entry
from wlinterp.mail.routing import parse_route


@pytest.mark.parametrize("port", ["٢٥", "２５", "²5"])
def test_a_route_port_in_other_digits_is_refused_in_words(port: str) -> None:
    with pytest.raises(ValueError, match="is not a port number"):
        parse_route(f"smtp.example.com=127.0.0.1:{port}")


def test_a_route_port_in_ascii_digits_is_read() -> None:
    assert parse_route("smtp.example.com=127.0.0.1:2525")[1] == ("127.0.0.1", 2525)


@pytest.mark.parametrize("size, expected", [("1234", 1234), ("²", 0), ("١٢", 0), ("１２", 0)])
def test_a_listing_size_is_read_from_ascii_digits_only(size: str, expected: int) -> None:
    assert _number(size) == expected


def test_an_mlsd_line_with_a_superscript_size_does_not_fail_the_listing() -> None:
    entry = mlsd_entry("a.txt", {"type": "file", "size": "²", "modify": "20261204101500"})
    assert entry is not None and entry.size == 0

