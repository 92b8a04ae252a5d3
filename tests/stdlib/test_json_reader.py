"""The jsonReader type (stdlib/json_reader.py) on files larger than the pieces it reads:
strings, escapes and numbers cut by a piece's end, and a document walked in order
without loading it whole."""
from __future__ import annotations

import io
import json

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.stdlib.json_reader import WLJSONReader
from wlinterp.stdlib.json_tokens import JSONTokens


class Counted(io.BytesIO):
    """A file that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


def tokens_of(text: str) -> list[tuple[str, object]]:
    tokens = JSONTokens(io.BytesIO(text.encode("utf-8")))
    out = []
    while tokens.peek() is not None:
        out.append(tokens.take())
    return out


@pytest.mark.parametrize("pad", [65530, 65533, 65535, 65536, 65540])
def test_a_string_or_number_cut_by_a_piece_end_is_read_whole(pad: int) -> None:
    text = " " * pad + '["a\\"b\\u00e9\\\\", 12345.5e2, true, null, "\u00e9t\u00e9"]'
    assert [v for k, v in tokens_of(text) if k in "snv"] == \
        ['a"b\u00e9\\', 12345.5e2, True, None, "\u00e9t\u00e9"]


@pytest.mark.parametrize("first", [70000, 100000, 130000])
def test_a_string_cut_after_the_buffer_was_shortened_is_read_whole(first: int) -> None:
    """A long string first makes the buffer hold several pieces; the read part is then
    dropped while a later string waits for its end (its closing quote was looked for
    at a stale place: "a string is not closed")."""
    items = ["y" * first] + ["s%05d" % i + "x" * 997 for i in range(300)]
    text = json.dumps(items)
    assert [v for k, v in tokens_of(text) if k == "s"] == items


def test_a_byte_order_mark_is_skipped() -> None:
    assert tokens_of("\ufeff{}") == [("{", "{"), ("}", "}")]


def walk(reader: WLJSONReader) -> list[object]:
    """Every member named "n", one level into each element of the root array."""
    seen = []
    for _ in reader.wl_file_loop():
        for _ in reader.wl_file_loop():
            for _ in reader.wl_file_loop():
                if reader.wl_prop("name") == "n":
                    seen.append(reader.wl_prop("value"))
    return seen


def test_a_large_document_is_walked_in_order_reading_it_once() -> None:
    rows = [{"n": i, "pad": "x" * 100, "deep": {"list": list(range(20))}} for i in range(3000)]
    data = json.dumps(rows).encode()
    stream = Counted(data)
    assert walk(WLJSONReader(JSONTokens(stream))) == list(range(3000))
    assert stream.taken == len(data) and stream.closed


def test_the_reader_reads_as_it_goes() -> None:
    rows = [{"n": i, "pad": "y" * 1000} for i in range(2000)]
    data = json.dumps(rows).encode()
    stream = Counted(data)
    reader = WLJSONReader(JSONTokens(stream))
    taken = []
    for _ in reader.wl_file_loop():
        for _ in reader.wl_file_loop():
            taken.append(stream.taken)  # on the first element
            break
    assert taken[0] < len(data) // 10 and stream.taken == len(data)


def test_a_text_that_is_not_json_names_its_line() -> None:
    reader = WLJSONReader(JSONTokens(io.BytesIO(b'{"a": 1,\n\n "b" 2}')))
    with pytest.raises(WLRuntimeError, match="':' expected, line 3"):
        walk(reader)
