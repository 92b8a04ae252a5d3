"""XML lines read and written by rank: `wl run` of a loop reading `d.Order.Line[i].Qty`,
of one building `d.Order.Line[i].Ref = i`, and of two loops over a named document's
lines (XMLFind then XMLNext; XMLChild then XMLNext), for several numbers of lines. Whole
processes; the CPU time (user + system) each used, which a busy machine disturbs less
than the wall-clock time. Linear work shows as a time that doubles with the lines
(docs/performance.md "XML: a loop over doc.Order.Line[i]").

    python benchmarks/bench_xml.py [--lines 5000 20000 40000]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

READ = """s is string = "<Order>" + Repeat("<Line><Ref>r</Ref><Qty>2</Qty></Line>", {n}) + "</Order>"
d is xmlDocument = XMLOpen(s, fromString)
k is int
FOR i = 1 TO {n}
  k += d.Order.Line[i].Qty
END
Trace(k)
"""
BUILD = """d is xmlDocument
FOR i = 1 TO {n}
  d.Order.Line[i].Ref = i
END
Trace(d.Order.Line..Occurrence)
"""
FIND = """s is string = "<Order>" + Repeat("<Line><Ref>r</Ref><Qty>2</Qty></Line>", {n}) + "</Order>"
XMLDocument("D", s)
n is int
XMLFind("D", "Qty", XMLTag)
WHILE NOT XMLOut("D")
  n++
  XMLNext("D")
END
Trace(n)
"""
NEXT = """s is string = "<Order>" + Repeat("<Line><Ref>r</Ref><Qty>2</Qty></Line>", {n}) + "</Order>"
XMLDocument("D", s)
n is int
XMLChild("D")
WHILE NOT XMLOut("D")
  n++
  XMLNext("D")
END
Trace(n)
"""


def _cpu(script: Path) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of `wl run script`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)], cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[5000, 20000, 40000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (("read", READ), ("build", BUILD), ("find", FIND),
                           ("next", NEXT)):
            for n in args.lines:
                script = Path(folder) / f"{name}_{n}.wl"
                script.write_text(text.format(n=n), encoding="utf-8")
                wall, cpu = _cpu(script)
                print(f"{name:5} {n:>7} lines: {cpu:6.2f} s CPU ({wall:.2f} s wall-clock)")


if __name__ == "__main__":
    main()
