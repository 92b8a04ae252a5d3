// SI c a sans ALORS, puis SINON d sur la ligne suivante : le SINON est celui du SI sur une
// ligne (le SINON d'un bloc ne prend pas d'action sur sa ligne), avec ';' comme sur une
// ligne (docs/semantics.md, "One-line IF with ';'")
Vérifie(Faux)
Vérifie(Vrai)
PROCÉDURE Vérifie(c est un booléen)
SI c Trace("1t")
SINON Trace("1e")
SI c Trace("2t") ; Trace("2u")
SINON Trace("2e") ; Trace("2f")
si c trace("3t")
sinon trace("3e") ; trace("3f")
SI c Trace("4t") ; Trace("4u")
SINON Trace("4e")
Trace("fin")
// expect: 1e
// expect: 2e
// expect: 2f
// expect: 3e
// expect: 3f
// expect: 4e
// expect: fin
// expect: 1t
// expect: 2t
// expect: 2u
// expect: 3t
// expect: 4t
// expect: 4u
// expect: fin
