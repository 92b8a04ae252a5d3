// `GOTO FIN` va à la section FIN: de la procédure : le corps est quitté là, comme par
// RETOUR, et le code de FIN: s'exécute (docs/semantics.md "GOTO and labels", décidé :
// aucune page stockée). C'était lu comme l'appel d'un 'GOTO' inconnu, le FIN fermant
// le SI (wl check : WL102 ; l'exécution continuait à la ligne suivante).
Traite(2)
// expect: traitement 2
// expect: fin 2
Traite(-1)
// expect: fin -1
Parcours()
// expect: 1
// expect: 2
// expect: sortie de boucle
PROCÉDURE Traite(n)
SI n < 0 ALORS GOTO FIN
Trace("traitement " + n)
FIN:
Trace("fin " + n)
PROCÉDURE Parcours()
POUR i = 1 À 5
	SI i = 3 ALORS
		Goto fin
	FIN
	Trace(i)
FIN
fin:
	Trace("sortie de boucle")
