// Power and `^` give a real, two integers too, as WINDEV's maths functions compute:
// Power(2, 62) was the exact integer 4611686018427387904 and TypeVar said wlInt. A real
// shows 15 significant digits; stored into an 8-byte int, 2^62 is exact. A currency's or
// a numeric's power stays exact. (*decided*, INFERRED: docs/semantics.md "Power gives a
// real"). Two rules pinned beside it, already followed: Modulo and `%` give the remainder
// of the integer division (a real is truncated first: Modulo(7.5, 2) is 1), as the
// arithmetic operators page says of `%` (?1512008); an 8-byte integer times 10 past its
// range is exact inside the expression and wraps where it is stored (?1512008: the
// calculations lose no precision, the checks happen when the result is assigned).
Trace(Power(2, 62)) // expect: 4611686018427390000
Trace(TypeVar(Power(2, 62)) = wlReal, TypeVar(2 ^ 3) = wlReal) // expect: 1, 1
n8Big is int on 8 bytes = Power(2, 62)
Trace(n8Big) // expect: 4611686018427387904
Trace(Power(2, 10), 2 ^ -1, Power(-2, 3), Power(9, 0.5)) // expect: 1024, 0.5, -8, 3
WHEN EXCEPTION IN
    Trace(Power(10, 400))
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow in power.
END
curRate is currency = 1.5
Trace(curRate ^ 2, TypeVar(curRate ^ 2) = wlCurrency) // expect: 2.25, 1
// Modulo of reals: the integer division's remainder
Trace(Modulo(7.5, 2), 7.5 % 2, Modulo(-7.5, 2), Modulo(10, 3)) // expect: 1, 1, -1, 1
// an 8-byte integer past its range: exact in the expression, wrapped when stored
n8Max is int on 8 bytes = 9223372036854775807
Trace(n8Max * 10) // expect: 92233720368547758070
n8Stored is int on 8 bytes = n8Max * 10
Trace(n8Stored) // expect: -10
