"""Array items (`Contact.Phone[2]`; wlinterp/hfsql/array_items.py, docs/hfsql.md "Array
items"): the EN/FR programs of tests/hfsql/array_items/ each run on a fresh database, a
real SQLite file and PostgreSQL, with the analysis beside them (an item of 3 elements)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from golden_runner import run_golden  # noqa: E402

from wlinterp.hfsql.analysis import read_xdd  # noqa: E402

HERE = Path(__file__).parent / "array_items"
CASES = sorted(HERE.glob("*.wl"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_array_item_case(case: Path, db_url: str) -> None:
    problems = run_golden(case.read_text(encoding="utf-8"), str(case),
                          {"analysis": str(HERE / "contacts.xdd"), "db": db_url})
    assert not problems, "\n".join(problems)


def test_elements_are_hidden_columns_after_the_item() -> None:
    desc = read_xdd(str(HERE / "contacts.xdd")).file("Contact")
    assert desc is not None
    assert [i.name for i in desc.items] == ["ContactID", "Name", "Phone", "Phone__2",
                                            "Phone__3", "Score"]
    assert [i.name for i in desc.shown_items] == ["ContactID", "Name", "Phone", "Score"]
    assert [i.elements for i in desc.shown_items] == [1, 1, 3, 1]
    assert desc.item("Phone__3").element_of == "Phone"  # type: ignore[union-attr]
