// Page d'aide "Déclaration d'une procédure" (?1513008) : le mot-clé PROCÉDURE peut être
// remplacé par FONCTION ; RENVOYER rend une valeur.
Trace(EstPositif(5), EstPositif(-2))    // expect: 1, 0

FONCTION EstPositif(Valeur)
SI Valeur > 0 ALORS
	RENVOYER Vrai
SINON
	RENVOYER Faux
FIN
