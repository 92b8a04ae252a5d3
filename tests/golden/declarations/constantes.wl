// bloc CONSTANTE ... FIN
CONSTANTE
	TAUX = 20
	NOM = "TVA"
FIN
Trace(NOM + " " + TAUX + "%") // expect: TVA 20%
