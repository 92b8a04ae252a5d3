// A 4-byte real (`real on 4 bytes`, `4-byte real`) holds what the Real page says it does
// (?1514048: "up to 6 significant digits", 3.4e-38 to 3.4e38): a value stored is rounded
// to single precision and kept as the shortest decimal that gives the same single; past
// the range, the catchable "Numeric overflow" (docs/semantics.md "4-byte reals"). It held
// an 8-byte real (15 digits, any range). TypeVar still answers wlReal (decided).
r is real on 4 bytes = 0.1
Trace(r) // expect: 0.1
r = 123456.789
Trace(r) // expect: 123456.79
r = r * 3
Trace(r) // expect: 370370.38
third is 4-byte real = 1 / 3
Trace(third) // expect: 0.33333334
wide is real = 1 / 3
Trace(wide) // expect: 0.333333333333333
r = 3.4e38
Trace(r = 3.4e38) // expect: 1
// in an array and in a structure member
arrWeights is array of 3 real on 4 bytes
arrWeights[1] = 2.718281828
Trace(arrWeights[1]) // expect: 2.7182817
STPoint is Structure
    x is real on 4 bytes
END
p is STPoint
p.x = 1.23456789
Trace(p.x) // expect: 1.2345679
Trace(TypeVar(r) = wlReal) // expect: 1
WHEN EXCEPTION IN
    r = 1e39
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1000000000000000000000000000000000000000 is beyond the largest 4-byte real (about 3.4e38).
END
Trace(r = 3.4e38) // expect: 1
