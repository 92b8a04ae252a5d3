// A Date moved by a Duration is a Date (VERIFIED: the addition table of ?1514040,
// Duration + Date is a Date; it moves by whole days), the Duration on either side and
// however it is computed: TypeVar says wlDate (it said wlString, the Date's digits as a
// text) and a FOR counter declared an integer refuses it as its bound, as it refuses
// `d + 2` (it counted to the Date's digits, 20 million passes).
dStart is Date = "20250310"
duDelay is Duration = 50 h
v is Variant = dStart + duDelay
Trace(v, TypeVar(v) = wlDate) // expect: 20250312, 1
v = 1 h + dStart
Trace(v, TypeVar(v) = wlDate) // expect: 20250310, 1
v = dStart + duDelay * 2
Trace(v, TypeVar(v) = wlDate) // expect: 20250314, 1
v = 2 * duDelay + dStart
Trace(v..Day) // expect: 14
v = dStart - (duDelay + 1 d)
Trace(v, TypeVar(v) = wlDate) // expect: 20250307, 1
nPasses is int = 0
i is int
FOR i = 3 TO 1 h + dStart // expect error: The FOR loop's counter 'i' is an integer: it cannot count to a Date (declare 'i' a Date).
    nPasses++
END
