// POUR TOUT ÉLÉMENT v, k DE un tableau associatif : la valeur et sa clé
stock est un tableau associatif d'entiers
stock["pommes"] = 4
stock["poires"] = 2
total est un entier
POUR TOUT ÉLÉMENT n, fruit DE stock
	Trace(fruit + " : " + n)
	total += n
FIN
// expect: pommes : 4
// expect: poires : 2
Trace(total) // expect: 6
