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
// une chaîne UNICODE donnée à une variable chaîne simple y est du texte simple :
// wlChaîne, et ses octets ne sont plus en UTF-16 (elle gardait la marque UNICODE)
u est une chaîne UNICODE = "é"
p2 est une chaîne = u
p3 est une chaîne
p3 = u
Trace(TypeVar(p2) = wlChaîne, TypeVar(p3) = wlChaîne, BufferVersHexa(p3), BufferVersHexa(u)) // expect: 1, 1, E9, E9 00
