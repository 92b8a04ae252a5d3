"""HFSQL on SQLite (and PostgreSQL) against the same work written directly in Python.

    python benchmarks/bench_hfsql.py [--n 100000] [--seeks 10000] [--rounds 5]
                                     [--pg URL | --pg auto] [--no-sqlite] [--cpu]

Three measures, each as a WLanguage program run by wlinterp and as the equivalent code
written directly with the driver (`sqlite3`, or psycopg 3) on the same table (same DDL,
indexes and collation):
  add     N x HAdd in one transaction          vs N INSERTs in one transaction
  browse  FOR EACH over the N records          vs iterating SELECT ... ORDER BY
  seek    10,000 HReadSeekFirst on a key        vs 10,000 SELECT ... WHERE k >= ? LIMIT 1
Prints the median of `--rounds` times (default 5) and the ratio wlinterp/direct
(wlinterp's net of starting an empty program). Goal (issue 9): ratio <= 2. Ratios matter,
not absolute times: run on a quiet machine (the load average is printed).

PostgreSQL: `--pg URL` uses that database (its `item` table is dropped and recreated);
`--pg auto` starts a throw-away server as the tests do (Debian's `postgresql` binaries,
initdb into a temporary folder, Unix socket only) and stops it at the end; `--pg env`
takes the URL from WL_DB. `--cpu` measures the process's CPU time instead of elapsed
time: steadier on a shared machine, but only meaningful for SQLite (a PostgreSQL server
works in other processes).
"""
from __future__ import annotations

import argparse
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from wlinterp.engine import run_source
from wlinterp.hfsql.analysis import read_xdd
from wlinterp.hfsql.backends import open_backend
from wlinterp.hfsql.collation import compare
from wlinterp.hfsql.schema import SQLITE_COLLATION, create_statements

XDD = """<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE GenNum="1">
<FICHIER Nom="Item" NomPhysique="item" FicNullSupporte="0">
<RUBRIQUE Nom="ItemID"><TYPE>24</TYPE><TYPE_CLE>1</TYPE_CLE><TAILLE>8</TAILLE></RUBRIQUE>
<RUBRIQUE Nom="Code"><TYPE>5</TYPE><TYPE_CLE>2</TYPE_CLE><TAILLE>4</TAILLE>
<INDICERUBRIQUE Valeur="0"/></RUBRIQUE>
<RUBRIQUE Nom="Label"><TYPE>2</TYPE><TYPE_CLE>0</TYPE_CLE><TAILLE>40</TAILLE></RUBRIQUE>
<RUBRIQUE Nom="Amount"><TYPE>17</TYPE><TYPE_CLE>0</TYPE_CLE><TAILLE>10</TAILLE>
<INDICERUBRIQUE Valeur="0"/></RUBRIQUE>
</FICHIER></ANALYSE>"""

ADD = """HTransactionStart()
FOR i = 1 TO {n}
\tItem.Code = i
\tItem.Label = "item " + i
\tItem.Amount = i
\tHAdd(Item)
END
HTransactionEnd()
"""
BROWSE = """mTotal is currency
FOR EACH Item
\tmTotal += Item.Amount
END
Trace(mTotal)
"""
SEEK = """n is int
FOR i = 1 TO {seeks}
\tIF HReadSeekFirst(Item, Code, (i * 7919) % {n} + 1) THEN n++
END
Trace(n)
"""

ROUNDS = 5
CLOCK: Callable[[], float] = time.perf_counter


def timed(action: Callable[[], Any]) -> float:
    start = CLOCK()
    action()
    return CLOCK() - start


def best(action: Callable[[], Any], before: Callable[[], Any] | None = None) -> float:
    """The median of ROUNDS timings (`before` runs untimed before each): on a shared
    machine the median is steadier than the best or the mean."""
    times = []
    for _ in range(ROUNDS):
        if before is not None:
            before()
        times.append(timed(action))
    return statistics.median(times)


def wl(text: str, xdd: str, url: str) -> Callable[[], Any]:
    return lambda: run_source(text, "bench.wl", stdout=io.StringIO(), stderr=io.StringIO(),
                              options={"analysis": xdd, "db": url})


def direct(execute: Callable[..., Any], cols: str, p: str, amount: Callable[[int], Any],
           n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """The three jobs written with a driver's own `execute` (parameters marked `p`)."""
    code = cols.split(", ")[1]
    insert = f"INSERT INTO item ({cols}) VALUES ({p}, {p}, {p}, {p})"
    select = f"SELECT _hrec, {cols} FROM item WHERE {code} >= {p} ORDER BY {code}, _hrec LIMIT 1"

    def add() -> None:
        execute("BEGIN")
        for i in range(1, n + 1):
            execute(insert, (i, i, f"item {i}", amount(i)))
        execute("COMMIT")

    def browse() -> None:
        total: Any = 0  # float on SQLite, Decimal (numeric) on PostgreSQL
        for row in execute(f"SELECT _hrec, {cols} FROM item ORDER BY _hrec"):
            total += row[4]

    def seek() -> None:
        found = 0
        for i in range(1, seeks + 1):
            want = (i * 7919) % n + 1
            row = execute(select, (want,)).fetchone()
            found += row is not None and row[2] == want

    return {"add": add, "browse": browse, "seek": seek}


def direct_sqlite(path: str, n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """With `sqlite3` alone (the table's collation registered, as any program using this
    schema must)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_collation(SQLITE_COLLATION, compare)
    return direct(conn.execute, '"ItemID", "Code", "Label", "Amount"', "?", float, n, seeks)


def direct_pg(url: str, n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """With psycopg 3 alone: one connection, one cursor (psycopg prepares the statements
    it sees repeatedly, as it does for wlinterp)."""
    import psycopg
    cur = psycopg.connect(url, autocommit=True).cursor()
    return direct(cur.execute, '"itemid", "code", "label", "amount"', "%s", int, n, seeks)


def fresh(url: str, xdd: str) -> None:
    """An empty `item` table with wlinterp's DDL (so both sides use the same schema)."""
    backend = open_backend(url)
    backend.execute("DROP TABLE IF EXISTS item")
    ana = read_xdd(xdd)
    for stmt in create_statements(ana, ana.file("Item"), backend.dialect):  # type: ignore
        backend.execute(stmt)
    if backend.dialect == "sqlite":
        backend.execute("DROP TABLE IF EXISTS _hf_counter")
    backend.close()


def measure(label: str, url: str, xdd: str, n: int, seeks: int) -> None:
    jobs = {"add": ADD.format(n=n), "browse": BROWSE, "seek": SEEK.format(n=n, seeks=seeks)}
    start = best(wl("", xdd, url))
    ours = {"add": best(wl(jobs["add"], xdd, url), lambda: fresh(url, xdd)) - start,
            "browse": best(wl(jobs["browse"], xdd, url)) - start,
            "seek": best(wl(jobs["seek"], xdd, url)) - start}
    plain = direct_pg(url, n, seeks) if url.startswith("postgres") else \
        direct_sqlite(url[len("sqlite:"):], n, seeks)
    theirs = {"add": best(plain["add"], lambda: fresh(url, xdd)),
              "browse": best(plain["browse"]), "seek": best(plain["seek"])}
    clock = "CPU time" if CLOCK is time.process_time else "elapsed time"
    print(f"{label}: {n} records, {seeks} seeks, {clock}, median of {ROUNDS}, "
          f"load average {os.getloadavg()[0]:.1f}")
    for name in jobs:
        ratio = ours[name] / theirs[name] if theirs[name] else float("inf")
        print(f"  {name:<7} wlinterp {ours[name]:8.3f} s   direct {theirs[name]:8.3f} s   "
              f"ratio {ratio:5.2f}")


@contextmanager
def pg_url(spec: str | None) -> Iterator[str | None]:
    """The PostgreSQL database to measure: a URL, WL_DB (`env`), a throw-away server
    (`auto`, the tests' own: tests/hfsql/hfsql_support.py), or none."""
    if spec is None:
        yield None
        return
    if spec == "env":
        url = os.environ.get("WL_DB", "")
        if not url.startswith("postgres"):
            raise SystemExit("--pg env: WL_DB does not hold a postgresql:// URL")
        yield url
        return
    if spec != "auto":
        yield spec
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hfsql"))
    from hfsql_support import PgServer, find_pg_bin
    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("--pg auto: PostgreSQL server binaries (initdb, pg_ctl) not found "
                         "(Debian: apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="wl-bench-pg-"))
    server = PgServer(bindir, root)
    try:
        server.start()
        yield server.new_database("bench")
    finally:
        server.stop()
        import shutil
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    global ROUNDS, CLOCK
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seeks", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL", help="also measure on PostgreSQL: a URL, "
                        "'auto' (start a throw-away server) or 'env' (WL_DB)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="timings per measure")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process "
                        "(SQLite; steadier on a loaded machine)")
    args = parser.parse_args()
    ROUNDS = args.rounds
    if args.cpu:
        CLOCK = time.process_time
    with tempfile.TemporaryDirectory() as tmp, pg_url(args.pg) as pg:
        xdd = os.path.join(tmp, "bench.xdd")
        with open(xdd, "w", encoding="latin-1") as f:
            f.write(XDD)
        if not args.no_sqlite:
            measure("SQLite", "sqlite:" + os.path.join(tmp, "bench.db"), xdd, args.n,
                    args.seeks)
        if pg:
            measure("PostgreSQL", pg, xdd, args.n, args.seeks)


if __name__ == "__main__":
    main()
