// SI imbriqués sur une ligne avec ';' dont un est sans ALORS : les actions après ';'
// appartiennent à la branche du SI le plus intérieur et la fin de ligne ferme tous les SI
// de la ligne, comme avec ALORS (docs/semantics.md, "One-line IF with ';'")
Vérifie(Vrai, Faux)
Vérifie(Vrai, Vrai)
Vérifie(Faux, Vrai)
PROCÉDURE Vérifie(a est un booléen, b est un booléen)
SI a ALORS SI b Trace("1x") ; Trace("1y")
SI a SI b ALORS Trace("2x") ; Trace("2y")
si a si b trace("3x") ; trace("3y") ;
SI a ALORS SI b ALORS Trace("4x") ; Trace("4y")
SI a ALORS
	SI b Trace("6x") ; Trace("6y")
SINON
	SI b Trace("7x") ; Trace("7y")
FIN
SI a ALORS SI b Trace("8x") ; Trace("8y") SINON Trace("8z") ; Trace("8w")
SI a SI b ALORS Trace("9x") ; Trace("9y") SINON Trace("9z") ; Trace("9w")
si a si b trace("10x") sinon trace("10z") ; trace("10w")
SI PAS a SI b Trace("5x") ; RENVOYER
Trace("fin " + a + " " + b)
// expect: 8z
// expect: 8w
// expect: 9z
// expect: 9w
// expect: 10z
// expect: 10w
// expect: fin 1 0
// expect: 1x
// expect: 1y
// expect: 2x
// expect: 2y
// expect: 3x
// expect: 3y
// expect: 4x
// expect: 4y
// expect: 6x
// expect: 6y
// expect: 8x
// expect: 8y
// expect: 9x
// expect: 9y
// expect: 10x
// expect: fin 1 1
// expect: 7x
// expect: 7y
// expect: 5x
