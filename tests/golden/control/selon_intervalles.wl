// SELON avec intervalles "11 À 20" et comparaisons "> 20"
Quantité est un entier = 15
SELON Quantité
	CAS 0 : Trace("aucun")
	CAS 1 À 10 : Trace("peu")
	CAS 11 À 20 : Trace("moyen") // expect: moyen
	CAS > 20 : Trace("beaucoup")
FIN
