// Power and `^` give a real, two integers too, as WINDEV's maths functions compute:
// Power(2, 62) was the exact integer 4611686018427387904 and TypeVar said wlInt. A real
// shows 15 significant digits; stored into an 8-byte int, 2^62 is exact. A currency's or
// a numeric's power stays exact. (*decided*, INFERRED: docs/semantics.md "Power gives a
// real"). Two rules pinned beside it, already followed: Modulo and `%` give the remainder
// of the integer division (a real is truncated first: Modulo(7.5, 2) is 1), as the
// arithmetic operators page says of `%` (?1512008); an 8-byte integer times 10 past its
// range is exact inside the expression and wraps where it is stored (?1512008: the
// calculations lose no precision, the checks happen when the result is assigned).
Trace(Power(3, 39)) // expect: 4052555153018980000
Trace(TypeVar(Power(3, 39)) = wlReal, TypeVar(2 ^ 0.5) = wlReal) // expect: 1, 1
n8Big is int on 8 bytes = Power(3, 39)
Trace(n8Big) // expect: 4052555153018976256
// the integer power of two integers that a real holds exactly stays that integer, so
// the masks and maximums are exact (2^64 - 1 stopped, "beyond the largest unsigned
// 8-byte int"; 2^53 + 1 lost its 1): the real's value, kept exact by what follows
n8Mask is 8-byte unsigned int = 2^64 - 1
n8Max63 is 8-byte int = 2^63 - 1
n8Odd is 8-byte int = 2^53 + 1
Trace(n8Mask, n8Max63, n8Odd) // expect: 18446744073709551615, 9223372036854775807, 9007199254740993
Trace(Power(2, 62), TypeVar(2 ^ 3) = wlInt) // expect: 4611686018427387904, 1
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
