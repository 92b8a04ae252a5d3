"""The pieces of a path (stdlib/path_pieces.py split_path): a network path's drive is its
server and share, a URL's path has none (URLExtractPath), a drive letter stays one."""
from __future__ import annotations

import pytest

from stdlib.path_pieces import split_path


@pytest.mark.parametrize("path, pieces", [
    ("\\\\Srv\\Share\\Dir\\f.txt", ("\\\\Srv\\Share", "\\Dir\\", "f", ".txt")),
    ("//Srv/Share/f.txt", ("//Srv/Share", "/", "f", ".txt")),
    ("\\\\Srv", ("\\\\Srv", "", "", "")),
    ("\\\\\\Srv\\x.txt", ("", "\\\\\\Srv\\", "x", ".txt")),   # three: no network path
    ("C:\\Temp\\a.b.txt", ("C:", "\\Temp\\", "a.b", ".txt")),
    ("\\Temp\\.profile", ("", "\\Temp\\", ".profile", "")),
])
def test_pieces(path: str, pieces: tuple[str, str, str, str]) -> None:
    assert split_path(path) == pieces


def test_a_urls_path_has_no_drive() -> None:
    assert split_path("//a/b.txt", network=False) == ("", "//a/", "b", ".txt")
