// le numérique calcule en décimal exact, aussi négatif, à 6 décimales et sur 38 chiffres
n EST UN NUMERIQUE = 0.1
n = n + 0.1 + 0.1
Trace(n, n = 0.3) // expect: 0.3, 1
négatif est un numérique = -0.1
Trace(négatif * 3, négatif * 3 = -0.3) // expect: -0.3, 1
tiers est un numérique = 1
tiers = tiers / 3
Trace(tiers) // expect: 0.333333
large est un numérique = 0n12345678901234567890.123456
Trace(large) // expect: 12345678901234567890.123456
large = large * 10
Trace(large) // expect: 123456789012345678901.23456
rien est un numérique = Null
Trace(rien) // expect: 0
Trace(rien / 0) // expect error: Division by zero.
