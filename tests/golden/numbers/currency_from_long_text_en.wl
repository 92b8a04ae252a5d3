// A text stored into a currency or a numeric is read as its exact digits, never through
// a real (docs/semantics.md "Currency literals", "A text stored into a currency"): a real
// has 15 to 17 significant digits, and 12345678901234567.25 became 12345678901234568.
m is currency = "12345678901234567.25"
Trace(m) // expect: 12345678901234567.25
mPrice is Currency
mPrice = "-98765432109876543.123456"
Trace(mPrice) // expect: -98765432109876543.123456
n is numeric = "12345678901234567890.25"
Trace(n) // expect: 12345678901234567890.25
n2 is numeric (20, 2) = "123456789012345678.125"
Trace(n2) // expect: 123456789012345678.13
// as Val reads a text: its leading number, 0 when there is none; 6 decimals rounded
m = " 12.5 EUR"
Trace(m) // expect: 12.5
m = "abc"
Trace(m) // expect: 0
m = "0.1234567"
Trace(m) // expect: 0.123457
// beyond the currency's range: the catchable overflow, the currency unchanged
WHEN EXCEPTION IN
    m = "1234567890123456789.5"
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1234567890123456789.5 is beyond the largest currency (604,462,909,807,314,587.353087).
END
Trace(m) // expect: 0.123457
// a wide `0m` literal in an expression: a currency with its exact digits; `+0m...` is
// the literal as `-0m...` is its negation; a result computed from it is exact, and
// checked against the range when it is stored into a currency
Trace(0m12345678901234567891234567) // expect: 12345678901234567891234567
Trace(TypeVar(0m12345678901234567891234567) = wlCurrency) // expect: 1
Trace(+0m12345678901234567891234567 + 1) // expect: 12345678901234567891234568
mWide is currency = +0m12345678901234567891234567
Trace(mWide) // expect: 12345678901234567891234567
