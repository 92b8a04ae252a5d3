// SI imbriqués sur une ligne, l'un sans ALORS, puis SINON en tête de la ligne suivante :
// le SINON est celui du SI le plus intérieur, comme sur la ligne ; ses actions après ';'
// en font partie (docs/semantics.md, "One-line IF with ';'")
Vérifie(Vrai, Vrai)
Vérifie(Vrai, Faux)
Vérifie(Faux, Vrai)
PROCÉDURE Vérifie(a est un booléen, b est un booléen)
SI a SI b Trace("1x")
SINON Trace("1y")
SI a SI b Trace("2x") ; Trace("2u")
SINON Trace("2y") ; Trace("2z")
SI a ALORS SI b Trace("3x") ; Trace("3u")
SINON Trace("3y") ; Trace("3z")
si a si b alors trace("4x") ; trace("4u")
sinon trace("4y")
SI a ALORS SI b ALORS Trace("5x")
SINON Trace("5y")
Trace("fin")
// expect: 1x
// expect: 2x
// expect: 2u
// expect: 3x
// expect: 3u
// expect: 4x
// expect: 4u
// expect: 5x
// expect: fin
// expect: 1y
// expect: 2y
// expect: 2z
// expect: 3y
// expect: 3z
// expect: 4y
// expect: 5y
// expect: fin
// expect: fin
