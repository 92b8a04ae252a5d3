// `0m` writes a currency literal ("Currency (Variable type)" ?1514043: "To force the
// assignment of a currency, use 0m in front of the value"), any case, `_` between digits:
// its exact digits, never through a real (docs/semantics.md, "Currency literals").
mPrice is currency
mPrice = 0m12345678912345678.123456
Trace(mPrice) // expect: 12345678912345678.123456
Trace(-0m12345678912345678.123456) // expect: -12345678912345678.123456
Trace(0M1_000.5, TypeVar(0m3) = wlCurrency) // expect: 1000.5, 1
Trace(0m0.1 + 0m0.2 = 0.3) // expect: 1
// a currency has 6 decimals; 0 min and 3min stay Durations, m0min a name
Trace(0m1.1234567) // expect: 1.123457
dWait is Duration = 0 min
dShort is Duration = 3min
Trace(dWait..InSeconds, dShort..InSeconds) // expect: 0, 180
m0min is int = 4
Trace(m0min) // expect: 4
// the page's example as written: 26 digits, beyond the range the same page gives; a
// currency holds a `0m` literal whatever its size (the page presents it as the way to
// assign a currency exactly), and Trace shows its digits
num1 is currency
num1 = 0m12345678901234567891234567
Trace(num1) // expect: 12345678901234567891234567
mCopy is currency = -0m12345678901234567891234567
Trace(mCopy, TypeVar(mCopy) = wlCurrency) // expect: -12345678901234567891234567, 1
// a result computed past the range is still the overflow, and the currency unchanged
WHEN EXCEPTION IN
    num1 = num1 * 2
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 24691357802469135782469134 is beyond the largest currency (604,462,909,807,314,587.353087).
END
Trace(num1) // expect: 12345678901234567891234567
