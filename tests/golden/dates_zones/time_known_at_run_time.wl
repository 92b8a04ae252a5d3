// A Time whose type the code does not tell where it is stored into a number still gives
// its hundredths (INFERRED, docs/semantics.md "A Time stored into a number, on every
// path"): a Time member read through an untyped parameter or a Variant (`n is int =
// p.hStart`), a Time in a list of values (`(i, j) = (t, 5)`, `RESULT (t, 5)`), and a
// Time member copied by `<=` into an integer member of the same name kept the digits
// (12000000). Stored into a DateTime it is that time today; a text member is unchanged.
STRUCTURE STShift
  hStart is Time
  sCode is string
END
STRUCTURE STShiftCount
  hStart is int
END
st is STShift
st.hStart = "1200"
st.sCode = "1200"
Hundredths(st)
// expect: 4320000, 1200, 12, 1
// expect: 13000000, 0, 1
v is Variant = st
i is int = v.hStart
Trace(i) // expect: 4320000
t is Time = "0100"
j is int
(i, j) = (t, 5)
Trace(i, j) // expect: 360000, 5
(i, j) = Pair()
Trace(i, j) // expect: 360000, 5
c is STShiftCount
c <= st
Trace(c.hStart) // expect: 4320000
PROCEDURE Hundredths(p)
  n is int = p.hStart
  code is int = p.sCode
  dt is DateTime = p.hStart
  Trace(n, code, dt..Hour, dt..Date = Today())
  Trace(p.hStart + 1 h, p.hStart..Minute, TypeVar(p.hStart) = wlTime)
PROCEDURE Pair()
  h is Time = "0100"
  RESULT (h, 5)
