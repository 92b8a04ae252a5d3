// un nombre utilisé comme condition est vrai s'il est différent de 0
reste est un entier = 10 % 4
SI reste ALORS Trace("reste non nul") // expect: reste non nul
TANTQUE reste
	reste--
FIN
Trace(reste) // expect: 0
