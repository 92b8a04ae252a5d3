"""A Time stored into a DateTime takes its day from the clock Today() reads, so `wl run
--now` fixes it as it fixes Today() (docs/semantics.md, "A Time stored into a DateTime");
it took the machine's date whatever --now said."""
import datetime
import io

import pytest

from wlinterp.engine import run_source

FIXED = datetime.datetime(2024, 3, 10, 8, 0, 0)

PROGRAM_EN = """t is Time = "0530"
dt is DateTime = t
x is Variant = t
dt2 is DateTime = x
a is array of DateTime
ArrayAdd(a, t)
Trace(dt, dt2, a[1], Stamp(t))
PROCEDURE Stamp(d is DateTime)
RESULT d
"""

PROGRAM_FR = """h est une Heure = "0530"
dh est une DateHeure = h
x est un Variant = h
dh2 est une DateHeure = x
t est un tableau de DateHeure
TableauAjoute(t, h)
Trace(dh, dh2, t[1], Tampon(h))
PROCÉDURE Tampon(d est une DateHeure)
RENVOYER d
"""


@pytest.mark.parametrize("program", [PROGRAM_EN, PROGRAM_FR])
def test_a_time_into_a_datetime_is_that_time_on_the_fixed_day(program: str) -> None:
    out = io.StringIO()
    run_source(program, "clock.wl", stdout=out, options={"now": FIXED})
    stamp = "20240310053000000"
    assert out.getvalue().split(", ") == [stamp, stamp, stamp, stamp + "\n"]
