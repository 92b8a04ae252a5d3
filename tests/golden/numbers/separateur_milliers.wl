// séparateur de milliers dans les nombres : espace ou souligné
n est un entier = 2 500 000
Trace(n) // expect: 2500000
Trace(1_000 * 3) // expect: 3000
