// Hasard et InitHasard
InitHasard(3)
x est un entier = Hasard(1, 6)
InitHasard(3)
Trace(Hasard(1, 6) = x) // expect: 1
Trace(1 <= x <= 6) // expect: 1
