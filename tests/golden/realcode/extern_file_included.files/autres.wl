// constantes partagées, incluses avec EXTERNE (?1511013)
CONSTANTE
	TAUX_REMISE = 5
FIN
