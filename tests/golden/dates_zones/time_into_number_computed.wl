// A Time stored into a number gives its hundredths of a second since midnight on every
// path, not only `i = t` (INFERRED, docs/semantics.md "A Time stored into a number"):
// `i += t`, `i = i + t`, `i is int = t + 100` kept the digits HHMMSSCC (12000005,
// 12000000, 12000100). A Time computed where the type is known only at run time (a
// Time plus a Variant, the result of a procedure declaring no type) knows it is one.
t is Time = "1200"
i is int = 5
i += t
Trace(i) // expect: 4320005
i = 0
i = i + t
Trace(i) // expect: 4320000
j is int = t + 100
Trace(j, TimeToInteger(t + 100)) // expect: 4320100, 4320100
i = 5
i -= t
Trace(i) // expect: -4319995
r is real = 2
r += t
m is currency = t + 1
Trace(r, m) // expect: 4320002, 4320001
// a Time in a product counts its hundredths too, as `i = t; i * 2` does
Trace(t * 2, t / 2, -t) // expect: 8640000, 2160000, -4320000
// decided when it runs: a Time plus a Variant, a procedure's untyped result
x is Variant = 100
i = t + x
Trace(i, TypeVar(t + x) = wlTime) // expect: 4320100, 1
i = OneAM()
Trace(i) // expect: 360000
// members and elements
STRUCTURE Slot
  n is int
END
s is Slot
s.n = 1
s.n += t
a is array of int = [2]
a[1] += t
Trace(s.n, a[1]) // expect: 4320001, 4320002
// the Time itself is unchanged: stored into a Time or a string, the digits
t2 is Time = t + x
str is string = t + x
Trace(t2, str, (t + 100).ToString("HH:mm:ss")) // expect: 12000100, 12000100, 12:00:01
PROCEDURE OneAM()
  h is Time = "0100"
  RESULT h
