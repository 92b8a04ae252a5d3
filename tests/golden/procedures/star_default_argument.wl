// `*` as an argument: that parameter takes its default value
P(1, *, 9) // expect: 1, 5, 9
P(2, 3) // expect: 2, 3, 6
Q(*) // expect: default
PROCEDURE P(a, b = 5, c = 6)
Trace(a, b, c)
PROCEDURE Q(x = "default")
Trace(x)
