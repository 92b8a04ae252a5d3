// SI c a ; b sans ALORS (WINDEV 2025) se lit comme SI c ALORS a ; b : chaque action après
// la condition (et après SINON) appartient à sa branche ; la fin de ligne ferme le SI
// (docs/semantics.md, "One-line IF with ';'")
Verifie(0)
Verifie(3)
PROCÉDURE Verifie(n est un entier)
SI n > 2 Trace("a") ; Trace("b") SINON Trace("c") ; Trace("d")
SI n > 2 Trace("e") ; Trace("f") ;
si n > 2 trace("g") sinon trace("h") ; trace("i")
SI n > 2 Trace("j") ; Trace("k") SINON Trace("l")
SI n = 0 Trace("zéro") ; RENVOYER
Trace("fin " + n)
// expect: c
// expect: d
// expect: h
// expect: i
// expect: l
// expect: zéro
// expect: a
// expect: b
// expect: e
// expect: f
// expect: g
// expect: j
// expect: k
// expect: fin 3
