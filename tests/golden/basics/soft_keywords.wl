// a, de and sur are keywords only where the grammar expects them, so they stay usable as names
a is int = 1
de is int = 2
sur is int = 3
Trace(a + de + sur) // expect: 6
POUR i = 1 à 2
	Trace(i)
FIN
// expect: 1
// expect: 2
