"""docs/builtins.md's "Constant values" and "Colour constants" tables say each checked
constant's value and where it was found: the registry must declare that value, so a value
changed in stdlib without its row (or a row written for a value never declared) fails
here rather than leaving the table wrong."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.registry import load_every_family

DOC = Path(__file__).resolve().parents[2] / "docs" / "builtins.md"
NUMBER = re.compile(r"^(-?0x[0-9A-Fa-f]+|-?\d+)(?:\s|\(|$)")
NAME = re.compile(r"^[A-Za-z_][\wÀ-ÿ]*$")


def _section(title: str) -> list[str]:
    """The lines of the section headed `title` (## or ###), up to the next heading."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip("#").strip() == title)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")),
               len(lines))
    return lines[start + 1:end]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _value_rows() -> list[tuple[str, int]]:
    """(name, value) of each row of "Constant values" whose first cell lists constants
    ("EN / FR, EN2 / FR2") and whose second cell gives as many numbers; rows of prose,
    texts or shorthand are left to their tests."""
    pairs: list[tuple[str, int]] = []
    for line in _section("Constant values"):
        if not line.startswith("| ") or line.startswith(("| Constant", "|---")):
            continue
        cells = _cells(line)
        groups = cells[0].split(", ")
        values = re.split(r",\s*", cells[1])
        numbers = [int(m.group(1), 0) for v in values if (m := NUMBER.match(v.strip() + " "))]
        if len(groups) != len(values) or len(numbers) != len(values):
            continue
        for group, number in zip(groups, numbers):
            for name in (n.strip() for n in group.split("/")):
                if NAME.match(name) and not name.startswith("_"):
                    pairs.append((name, number))
    return pairs


def _colour_rows() -> list[tuple[str, int]]:
    """(name, value) of each row of "Colour constants": English, French, value."""
    pairs: list[tuple[str, int]] = []
    for line in _section("Colour constants"):
        cells = _cells(line)
        if len(cells) >= 3 and re.fullmatch(r"-?\d+", cells[2]):
            names = [n.strip() for n in (cells[0] + ", " + cells[1]).split(",")]
            pairs += [(n, int(cells[2])) for n in names if NAME.match(n)]
    return pairs


def test_the_tables_hold_enough_rows_to_mean_something() -> None:
    assert len(_value_rows()) > 200
    assert len(_colour_rows()) >= 38


@pytest.mark.parametrize("name, value", _value_rows() + _colour_rows())
def test_a_documented_value_is_the_declared_one(name: str, value: int) -> None:
    kind, entry = load_every_family().lookup(name) or ("", None)
    assert kind == "constant", f"{name} is documented with a value but declares none"
    declared = int(entry.value) if isinstance(entry.value, int) else entry.value  # (an
    # hErr... kind is an int whose Python == is its HError number: hfsql/error_kinds.py)
    assert declared == value, f"{name}: the registry has {entry.value!r}, the table {value}"
