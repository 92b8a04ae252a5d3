"""benchmarks/bench_hfsql.py measures what it says: both sides run, alternately, and
must agree on what they did (records stored, total, records found); a side doing other
work stops the script instead of printing a ratio."""
from __future__ import annotations

import gc
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_hfsql.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hfsql_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.ROUNDS = 2
    return module


@pytest.fixture(autouse=True)
def frozen_heap() -> Iterator[None]:
    """The test process's objects are left out of the collections the script makes
    before each timing (gc.freeze): in a worker that ran thousands of tests first, each
    full collection walked its whole heap (the 19 of the first test: 13.7 s of CPU, for
    0.4 s in a fresh process). The script still collects what its runs leave."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def prepared(tmp_path: Path, bench: ModuleType) -> tuple[str, str]:
    xdd = tmp_path / "bench.xdd"
    xdd.write_text(bench.XDD, encoding="latin-1")
    return "sqlite:" + str(tmp_path / "bench.db"), str(xdd)


def test_every_job_is_measured_and_checked(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench()
    url, xdd = prepared(tmp_path, bench)
    bench.measure("SQLite", url, xdd, 300, 40)
    out = capsys.readouterr().out
    assert "2 rounds taken alternately" in out
    for job in ("add", "browse", "browse-float", "seek"):
        assert re.search(rf"^  {job} +wlinterp +[-\d.]+ s +direct +[\d.]+ s +ratio +[-\d.]+ "
                         rf"+\(rounds [-\d.]+ to [-\d.]+\)$", out, re.MULTILINE), out


def test_a_side_doing_other_work_stops_the_script(tmp_path: Path) -> None:
    bench = load_bench()
    url, xdd = prepared(tmp_path, bench)
    bench.BROWSE = bench.BROWSE.replace("mTotal += Item.Amount", "mTotal += Item.Amount + 1")
    with pytest.raises(SystemExit, match=r"browse: wlinterp gave '45450', the direct code "
                                         r"'45150'"):
        bench.measure("SQLite", url, xdd, 300, 40)


def test_the_direct_browse_sums_exactly(tmp_path: Path) -> None:
    """The direct SQLite loop sums the REAL amounts as Decimals (as a currency adds),
    the float loop as floats: on amounts with cents only the first is exact."""
    bench = load_bench()
    url, xdd = prepared(tmp_path, bench)
    bench.fresh(url, xdd)
    jobs = bench.direct_sqlite(url[len("sqlite:"):], 3, 1)
    jobs["add"]()
    import sqlite3
    conn = sqlite3.connect(url[len("sqlite:"):])
    conn.executemany('UPDATE item SET "Amount" = ? WHERE "Code" = ?', [(0.1, 1), (0.2, 2),
                                                                         (0.0, 3)])
    conn.commit()
    conn.close()
    assert str(jobs["browse"]()) == "0.3"
    assert jobs["browse-float"]() == 0.1 + 0.2 != 0.3
