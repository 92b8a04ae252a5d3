// POUR i = a À b, avec ou sans accent sur le À
somme est un entier
POUR i = 1 À 4
	somme += i
FIN
Trace(somme) // expect: 10
POUR k = 1 A 2
	Trace(k)
FIN
// expect: 1
// expect: 2
