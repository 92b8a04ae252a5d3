"""Array items (`Contact.Phone[2]`; wlinterp/hfsql/array_items.py, docs/hfsql.md "Array
items"): the EN/FR programs of tests/hfsql/array_items/ each run on a fresh database, a
real SQLite file and PostgreSQL, with the analysis beside them (an item of 3 elements)."""
from __future__ import annotations

import json
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


def test_cli_import_export_show_each_array_item_once(db_url: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """`wl hfsql import|export`: CSV columns Phone[1]..Phone[3], JSON an array; the
    hidden columns' names never show (docs/hfsql.md "Array items, shown")."""
    from wlinterp.cli import main
    base = ["--analysis", str(HERE / "contacts.xdd"), "--db", db_url]
    (tmp_path / "Contact.csv").write_text(
        "Name;Phone[1];Phone[3]\nAnn;111;333\n", encoding="utf-8")
    (tmp_path / "more.json").write_text(json.dumps([{"Name": "Bob", "Phone": ["4", "5"]}]))
    assert main(["hfsql", "import", *base, str(tmp_path / "Contact.csv")]) == 0
    assert main(["hfsql", "import", *base, "--file", "Contact",
                 str(tmp_path / "more.json")]) == 0
    capsys.readouterr()
    assert main(["hfsql", "export", *base, "--format", "json", "Contact"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["Name"], r["Phone"]) for r in rows] == [("Ann", ["111", "", "333"]),
                                                      ("Bob", ["4", "5", ""])]
    assert main(["hfsql", "export", *base, "Contact"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ContactID,Name,Phone[1],Phone[2],Phone[3],Score", "1,Ann,111,,333,0", "2,Bob,4,5,,0"]
    (tmp_path / "bad.json").write_text(json.dumps([{"Name": "Cy", "Phone": ["1"] * 4}]))
    assert main(["hfsql", "import", *base, "--file", "Contact", str(tmp_path / "bad.json")]) == 1
    assert "the array item Phone has 3 elements, not 4" in capsys.readouterr().err
