// Un nom lu dans une procédure au-dessus de la déclaration de sa propre variable de ce
// nom, quand le code principal a une variable de ce nom, est la variable du code
// principal, même quand une constante a aussi ce nom (TAB) : la variable du code
// principal masque la constante partout ailleurs (INFERRED, docs/semantics.md "A name
// read above its variable's declaration") ; c'était la constante, une tabulation, et wl
// check disait la variable du code principal jamais utilisée.
tab est une chaîne = "G"
rc est un entier = 4
P()
Q()

PROCÉDURE P()
s est une chaîne = "[" + tab + "]"
Trace(s, Taille(s)) // expect: [G], 3
Trace(rc + 1) // expect: 5
tab est une chaîne = "z"
rc est un entier = 9
Trace(tab, rc) // expect: z, 9
PROCÉDURE Q()
Trace(tab, rc) // expect: G, 4
