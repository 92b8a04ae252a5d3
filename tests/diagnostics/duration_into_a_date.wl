// A Duration stored into a Date or a DateTime (a variable, a parameter, a literal): the run
// stops there, "A Duration (2 h) cannot be stored into a Date: ..."; WL110 says it first in
// the same words. A Time takes it (that long after midnight), and a Date plus a Duration is a
// moment, and a store a WHEN EXCEPTION catches: not said.
du is Duration = 2 h
d is Date = du // error: WL110:1 A Duration (du) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du)
dt is DateTime
dt = du // error: WL110:1 A Duration (du) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
dt = 2 h 30 min // error: WL110:1 A Duration (2 h 30 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
t is Time = du
dt = dt + du
WHEN EXCEPTION IN
	d = du
DO
	Trace("caught: the run goes on, nothing said")
END
Trace(d, dt, t)
