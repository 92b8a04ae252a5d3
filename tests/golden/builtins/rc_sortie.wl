// RC est le retour chariot + saut de ligne
Trace("un" + RC + "deux") // expect: un
// expect: deux
Trace(Taille(RC), Asc(TAB)) // expect: 2, 9
