"""HFSQL on SQLite (and PostgreSQL) against the same work written directly in Python.

    python benchmarks/bench_hfsql.py [--n 100000] [--seeks 10000] [--pg postgresql://...]

Three measures, each as a WLanguage program run by wlinterp and as the equivalent direct
`sqlite3` (or psycopg) code on the same table (same DDL, indexes and collation):
  add     N x HAdd in one transaction          vs N INSERTs in one transaction
  browse  FOR EACH over the N records          vs iterating SELECT ... ORDER BY
  seek    10,000 HReadSeekFirst on a key        vs 10,000 SELECT ... WHERE k >= ? LIMIT 1
Prints the median of `--rounds` times (default 5) and the ratio wlinterp/direct
(wlinterp's net of starting an empty program). Goal (issue 9): ratio <= 2. Ratios matter,
not absolute times: run on a quiet machine (see `uptime`).
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from typing import Any, Callable

from wlinterp.engine import run_source
from wlinterp.hfsql.analysis import read_xdd
from wlinterp.hfsql.backends import open_backend
from wlinterp.hfsql.schema import create_statements

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


def timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


ROUNDS = 5


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


def direct(url: str, n: int, seeks: int) -> dict[str, Callable[[], Any]]:
    """The same three jobs with the database driver alone."""
    backend = open_backend(url)
    p = backend.param
    cols = '"itemid", "code", "label", "amount"' if backend.dialect == "postgresql" \
        else '"ItemID", "Code", "Label", "Amount"'
    code = cols.split(", ")[1]

    def add() -> None:
        backend.begin()
        for i in range(1, n + 1):
            backend.execute(f"INSERT INTO item ({cols}) VALUES ({p}, {p}, {p}, {p})",
                            (i, i, f"item {i}", float(i)))
        backend.commit()

    def browse() -> None:
        total: Any = 0  # float on SQLite, Decimal (numeric) on PostgreSQL
        for row in backend.execute(f"SELECT _hrec, {cols} FROM item ORDER BY _hrec"):
            total += row[4]

    def seek() -> None:
        found = 0
        for i in range(1, seeks + 1):
            want = (i * 7919) % n + 1
            row = backend.execute(f"SELECT _hrec, {cols} FROM item WHERE {code} >= {p} "
                                  f"ORDER BY {code}, _hrec LIMIT 1", (want,)).fetchone()
            found += row is not None and row[2] == want

    return {"add": add, "browse": browse, "seek": seek}


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
    plain = direct(url, n, seeks)
    theirs = {"add": best(plain["add"], lambda: fresh(url, xdd)),
              "browse": best(plain["browse"]), "seek": best(plain["seek"])}
    print(f"{label}: {n} records, {seeks} seeks")
    for name in jobs:
        ratio = ours[name] / theirs[name] if theirs[name] else float("inf")
        print(f"  {name:<7} wlinterp {ours[name]:8.3f} s   direct {theirs[name]:8.3f} s   "
              f"ratio {ratio:5.2f}")


def main() -> None:
    global ROUNDS
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seeks", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL", help="also measure on this PostgreSQL database")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="timings per measure")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    ROUNDS = args.rounds
    with tempfile.TemporaryDirectory() as tmp:
        xdd = os.path.join(tmp, "bench.xdd")
        with open(xdd, "w", encoding="latin-1") as f:
            f.write(XDD)
        if not args.no_sqlite:
            measure("SQLite", "sqlite:" + os.path.join(tmp, "bench.db"), xdd, args.n,
                    args.seeks)
        if args.pg:
            measure("PostgreSQL", args.pg, xdd, args.n, args.seeks)


if __name__ == "__main__":
    main()
