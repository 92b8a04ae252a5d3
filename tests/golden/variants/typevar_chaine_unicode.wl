// TypeVar d'une variable `chaîne UNICODE` : wlChaîneUnicode ; d'une chaîne simple ou
// ANSI : wlChaîne (valeur 16 VÉRIFIÉE : ?1514044). wlChaîneUnicode et wlMémoBinaire sont
// les constantes que le code réel teste à côté de wlChaîne et wlBuffer ; leurs valeurs
// sont celles de wlinterp (docs/builtins.md "TypeVar")
s est une chaîne UNICODE = "été"
a est une chaîne ANSI = "été"
Trace(TypeVar(s) = wlChaîneUnicode, s..Type = wlChaineUnicode) // expect: 1, 1
Trace(TypeVar(a) = wlChaîne, TypeVar(s) DANS (wlChaîne, wlChaîneUnicode, wlBuffer)) // expect: 1, 1
b est un Buffer = "x"
SI TypeVar(b) = wlBuffer OU TypeVar(b) = wlMémoBinaire ALORS Trace("binaire") // expect: binaire
Trace(wlMémoBinaire = wlBinaryMemo, wlChaîneUnicode = wlUnicodeString) // expect: 1, 1
