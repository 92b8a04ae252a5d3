// anglais et français mélangés dans un même bloc
total is int = 0
POUR i = 1 TO 4
	IF i % 2 = 0 ALORS
		total += i
	SINON
		total -= i
	END
FIN
Trace(total) // expect: 2
noms est un array of strings = ["a", "b"]
FOR EACH n DE noms
	Trace(Upper(n) + Minuscule("X"))
FIN
// expect: Ax
// expect: Bx
