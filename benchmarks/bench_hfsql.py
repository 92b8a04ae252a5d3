"""HFSQL on SQLite (and PostgreSQL) against the same work written directly in Python.

    python benchmarks/bench_hfsql.py [--n 100000] [--seeks 10000] [--rounds 5]
                                     [--pg URL | --pg auto] [--no-sqlite] [--cpu]

Three measures, each as a WLanguage program run by wlinterp and as the equivalent code
written directly with the driver (`sqlite3`, or psycopg 3) on the same table (same DDL,
indexes and collation):
  add     N x HAdd in one transaction          vs N INSERTs in one transaction
  browse  FOR EACH over the N records          vs iterating SELECT ... ORDER BY, summing
          adding the currency amounts             the amounts exactly (as Decimals)
  seek    10,000 HReadSeekFirst on a key        vs 10,000 SELECT ... WHERE k >= ? LIMIT 1
and on SQLite `browse-float`: the same FOR EACH against a loop summing floats (exact
here only because the amounts are whole; docs/hfsql.md, "Performance").
The two sides are timed alternately, `--rounds` times each (default 5), a garbage
collection before every timing; prints the median times, the median of the rounds'
ratios wlinterp/direct (wlinterp's net of starting an empty program) and their range.
Both sides must agree (records and sum stored, total, records found), else the script
stops. Goal (issue 9): ratio <= 2. Ratios matter, not absolute times: run on a quiet
machine (the load average is printed).

PostgreSQL: `--pg URL` uses that database (its `item` table is dropped and recreated);
`--pg auto` starts a throw-away server as the tests do (Debian's `postgresql` binaries,
initdb into a temporary folder, Unix socket only) and stops it at the end; `--pg env`
takes the URL from WL_DB. `--cpu` measures the process's CPU time instead of elapsed
time: steadier on a shared machine, but only meaningful for SQLite (a PostgreSQL server
works in other processes).
"""
from __future__ import annotations

import argparse
import gc
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from decimal import Decimal
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


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    """`action`'s time and result. A collection first (untimed): neither side pays for
    the garbage the other left (wlinterp's runs leave more)."""
    gc.collect()
    start = CLOCK()
    result = action()
    return CLOCK() - start, result


def pairs(ours: Callable[[], Any], theirs: Callable[[], Any], start: float,
          before: Callable[[], Any] | None = None, after: Callable[[], Any] | None = None
          ) -> tuple[list[float], list[float], Any, Any]:
    """ROUNDS timings of each side, taken alternately (ours, theirs, ours, theirs...) so
    that a change in the machine's load between rounds weighs on both sides alike;
    `start` (an empty program's time) is taken off ours; `before` runs untimed before
    every timing. Also returns each side's last result, or what `after` (untimed) finds
    after it: they must agree."""
    mine: list[float] = []
    other: list[float] = []
    got = want = None
    for _ in range(ROUNDS):
        if before is not None:
            before()
        t, got = timed(ours)
        mine.append(t - start)
        got = got if after is None else after()
        if before is not None:
            before()
        t, want = timed(theirs)
        other.append(t)
        want = want if after is None else after()
    return mine, other, got, want


def wl(text: str, xdd: str, url: str) -> Callable[[], str]:
    """Runs `text` and returns what it traced (the result compared with the direct side)."""
    def run() -> str:
        out = io.StringIO()
        run_source(text, "bench.wl", stdout=out, stderr=io.StringIO(),
                   options={"analysis": xdd, "db": url})
        return out.getvalue().strip()
    return run


def direct(execute: Callable[..., Any], cols: str, p: str, amount: Callable[[int], Any],
           n: int, seeks: int, sqlite: bool) -> dict[str, Callable[[], Any]]:
    """The jobs written with a driver's own `execute` (parameters marked `p`)."""
    code = cols.split(", ")[1]
    insert = f"INSERT INTO item ({cols}) VALUES ({p}, {p}, {p}, {p})"
    select = f"SELECT _hrec, {cols} FROM item WHERE {code} >= {p} ORDER BY {code}, _hrec LIMIT 1"
    browse_sql = f"SELECT _hrec, {cols} FROM item ORDER BY _hrec"

    def add() -> None:
        execute("BEGIN")
        for i in range(1, n + 1):
            execute(insert, (i, i, f"item {i}", amount(i)))
        execute("COMMIT")

    def browse() -> Any:
        """An exact total, as a currency's: PostgreSQL's numeric comes as a Decimal; SQLite
        gives a whole amount as an integer, another as a float, made a Decimal the
        cheapest exact way (docs/hfsql.md, "Performance")."""
        total = Decimal(0)
        if not sqlite:
            for row in execute(browse_sql):
                total += row[4]
            return total
        for row in execute(browse_sql):
            v = row[4]
            total += Decimal(v) if type(v) is int else Decimal(repr(v))
        return total

    def browse_float() -> Any:
        """SQLite: the same loop summing floats (exact here only because the amounts are
        whole): the strictest baseline, shown beside the exact one."""
        total = 0.0
        for row in execute(browse_sql):
            total += row[4]
        return total

    def seek() -> int:
        found = 0
        for i in range(1, seeks + 1):
            want = (i * 7919) % n + 1
            row = execute(select, (want,)).fetchone()
            found += row is not None and row[2] == want
        return found

    jobs = {"add": add, "browse": browse, "browse-float": browse_float, "seek": seek}
    if not sqlite:
        del jobs["browse-float"]
    return jobs


def direct_sqlite(path: str, n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """With `sqlite3` alone (the table's collation registered, as any program using this
    schema must)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_collation(SQLITE_COLLATION, compare)
    return direct(conn.execute, '"ItemID", "Code", "Label", "Amount"', "?", float, n, seeks,
                  True)


def direct_pg(url: str, n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """With psycopg 3 alone: one connection, one cursor (psycopg prepares the statements
    it sees repeatedly, as it does for wlinterp)."""
    import psycopg
    cur = psycopg.connect(url, autocommit=True).cursor()
    return direct(cur.execute, '"itemid", "code", "label", "amount"', "%s", int, n, seeks,
                  False)


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


def stored(url: str) -> str:
    """What the add job left in the table: the records and the sum of their amounts."""
    backend = open_backend(url)
    count, total = backend.execute('SELECT count(*), sum(amount) FROM item').fetchone()
    backend.close()
    return f"{count} {Decimal(str(total)).normalize():f}"


def same(name: str, ours: Any, theirs: Any) -> None:
    """Both sides must have done the same work: equal results, else the figures mean
    nothing (and the script stops)."""
    if str(ours) != str(theirs):
        raise SystemExit(f"{name}: wlinterp gave {ours!r}, the direct code {theirs!r}")


def measure(label: str, url: str, xdd: str, n: int, seeks: int) -> None:
    jobs = {"add": ADD.format(n=n), "browse": BROWSE, "seek": SEEK.format(n=n, seeks=seeks)}
    empty = wl("", xdd, url)
    empty()  # imports and first connection: not part of a run
    start = statistics.median(timed(empty)[0] for _ in range(ROUNDS))
    plain = direct_pg(url, n, seeks) if url.startswith("postgres") else \
        direct_sqlite(url[len("sqlite:"):], n, seeks)
    clock = "CPU time" if CLOCK is time.process_time else "elapsed time"
    print(f"{label}: {n} records, {seeks} seeks, {clock}, {ROUNDS} rounds taken alternately "
          f"(medians), load average {os.getloadavg()[0]:.1f}")
    for name in plain:
        add = name == "add"  # each side starts from an empty table; what it stored is checked
        program = wl(jobs[name.split("-")[0]], xdd, url)
        ours, theirs, got, want = pairs(program, plain[name], start,
                                        (lambda: fresh(url, xdd)) if add else None,
                                        (lambda: stored(url)) if add else None)
        if name.startswith("browse"):  # the direct total as WLanguage shows it
            want = f"{Decimal(str(want)).normalize():f}"
        same(name, got, want)
        ratios = sorted(a / b for a, b in zip(ours, theirs))
        print(f"  {name:<12} wlinterp {statistics.median(ours):8.3f} s   direct "
              f"{statistics.median(theirs):8.3f} s   ratio {statistics.median(ratios):5.2f}"
              f"   (rounds {ratios[0]:.2f} to {ratios[-1]:.2f})")


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
