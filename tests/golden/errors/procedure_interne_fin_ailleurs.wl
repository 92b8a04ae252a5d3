// Un FIN moins en retrait que le SI qu'il ferme, au retrait de la procédure interne :
// le retrait dit qu'il manque le FIN du SI, aucun FIN n'est ajouté à la fin de la
// procédure interne et l'erreur nomme le bloc resté ouvert
PROCÉDURE Vérifie()
Contrôle()
PROCÉDURE INTERNE Contrôle()
	SI Vrai ALORS
		Trace(1)
FIN
// expect error: expected FIN to close the PROCÉDURE INTERNE opened at line 6
