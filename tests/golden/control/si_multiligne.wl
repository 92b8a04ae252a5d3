// SI ... ALORS ... SINON ... FIN sur plusieurs lignes
âge est un entier = 15
SI âge >= 18 ALORS
	Trace("majeur")
SINON
	Trace("mineur") // expect: mineur
FIN
