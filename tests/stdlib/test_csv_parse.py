"""CSVToArray's reader (stdlib/csv_parse.py): a line without a quote is cut with
str.split, a line holding one read character by character; both give the same fields as
reading every line character by character did, on any text (line ends of three kinds,
doubled quotes, separators of one or two characters, quotes left open)."""
from __future__ import annotations

import random

from stdlib.csv_parse import parse_csv


_PIECES = ["a", "é", ";", ",", "|", "||", '"', '""', "\r", "\n", "\r\n", " ", "x y"]


def test_the_fast_reading_gives_the_fields_of_the_slow_one() -> None:
    draw = random.Random(20261207)
    for _ in range(20000):
        text = "".join(draw.choice(_PIECES) for _ in range(draw.randint(0, 14)))
        for sep in (";", ",", "||"):
            assert parse_csv(text, sep) == parse_csv(text, sep, split_plain=False), (text, sep)


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
