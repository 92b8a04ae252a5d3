// Un SI sur une ligne comme action d'un CAS, avec ';' (avec ou sans ALORS, fermé par FIN
// ou non) : les actions après ';' appartiennent à la branche du SI, comme sur une ligne à
// part (docs/semantics.md, "One-line IF with ';'")
POUR n = 1 À 6
	Vérifie(n, Faux)
	Vérifie(n, Vrai)
FIN
PROCÉDURE Vérifie(n est un entier, c est un booléen)
SELON n
	CAS 1 : SI c ALORS Trace("1x") ; Trace("1y")
	CAS 2 : SI c Trace("2x") ; Trace("2y")
	CAS 3 : SI c ALORS Trace("3x") ; Trace("3y") FIN
	CAS 4 : SI c ALORS Trace("4x") SINON Trace("4z") ; Trace("4w")
	cas 5 si c alors trace("5x") ; trace("5y")
	AUTRE CAS : SI c ALORS Trace("ox") ; Trace("oy")
FIN
// expect: 1x
// expect: 1y
// expect: 2x
// expect: 2y
// expect: 3x
// expect: 3y
// expect: 4z
// expect: 4w
// expect: 4x
// expect: 5x
// expect: 5y
// expect: ox
// expect: oy
