"""CSVToArray's reader (stdlib/csv_parse.py): a line without a quote is cut with
str.split, a line holding one read character by character (the two readings side by side
in one text: goldens arrays/csv_mixed_lines_en.wl, csv_lignes_melangees_fr.wl)."""
from __future__ import annotations

import random

from stdlib.csv_parse import parse_csv, read_quoted_line


def _read_by_characters(text: str, sep: str) -> list[list[str]] | None:
    """Every line of `text` read character by character, as the reader read them all
    before lines without a quote were cut with str.split."""
    rows: list[list[str]] = []
    i = 0
    while 0 <= i < len(text):
        i = read_quoted_line(text, i, sep, rows)
    return None if i < 0 else rows


_PIECES = ["a", "\u00e9", ";", ",", "|", "||", '"', '""', "\r", "\n", "\r\n", " ", "x y"]


def test_lines_cut_at_once_give_the_fields_read_by_characters() -> None:
    draw = random.Random(20261207)
    for _ in range(20000):
        text = "".join(draw.choice(_PIECES) for _ in range(draw.randint(0, 14)))
        for sep in (";", ",", "||"):
            assert parse_csv(text, sep) == _read_by_characters(text, sep), (text, sep)


def test_lines_fields_and_quotes() -> None:
    text = 'n;name\r\n1;"Dupont; fils"\n2;"Caf\u00e9 ""Le Zinc"""\r3;"two\r\nlines"\r\n'
    assert parse_csv(text, ";") == [["n", "name"], ["1", "Dupont; fils"],
                                    ["2", 'Caf\u00e9 "Le Zinc"'], ["3", "two\r\nlines"]]
    assert parse_csv("a;b\r\n\r\nc", ";") == [["a", "b"], [""], ["c"]]
    assert parse_csv('a;"open\r\nb', ";") is None
    assert parse_csv("", ";") == []


def test_a_long_text_without_quotes_is_read_line_by_line() -> None:
    lines = [f"{i};Customer {i};{i * 1.5};2026-12-07" for i in range(1, 20001)]
    rows = parse_csv("\r\n".join(lines) + "\r\n", ";")
    assert rows is not None and len(rows) == 20000
    assert rows[-1] == ["20000", "Customer 20000", "30000.0", "2026-12-07"]
