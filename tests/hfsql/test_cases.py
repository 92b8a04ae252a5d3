"""The HFSQL golden programs (tests/hfsql/cases/*.wl, `// expect:` comments), each run on
a fresh database, on SQLite and on PostgreSQL, with the shop analysis."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))

from golden_runner import run_golden  # noqa: E402

from hfsql_support import SHOP  # noqa: E402

CASES = sorted((Path(__file__).parent / "cases").glob("*.wl"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case(case: Path, db_url: str) -> None:
    problems = run_golden(case.read_text(encoding="utf-8"), str(case),
                          {"analysis": str(SHOP), "db": db_url})
    assert not problems, "\n".join(problems)
