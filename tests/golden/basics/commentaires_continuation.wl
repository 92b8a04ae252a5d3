// commentaires, suite de ligne "..." et séparateur ";"
total est un entier = 10 + ... // la suite
	20
Trace(total) // expect: 30
a est un entier = 1; b est un entier = 2; Trace(a + b) // expect: 3
