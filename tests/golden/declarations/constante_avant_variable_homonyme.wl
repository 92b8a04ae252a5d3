// Un nom lu au-dessus de la déclaration d'une variable de ce nom (toute casse) est la
// constante de ce nom : la variable est connue à partir de sa déclaration (INFERRED,
// docs/semantics.md "A name read above its variable's declaration") ; c'était « used
// before its declaration », dans wl run et dans wl check.
n est un entier = Taille(rc + "x")
rc est un entier = 5
Trace(n, rc) // expect: 3, 5
Construire()

PROCÉDURE Construire()
s est une chaîne = "a" + TAB + "b"
Trace(Taille(s), Position(s, Tab)) // expect: 3, 2
SI tab = Caract(9) ALORS Trace("une tabulation") // expect: une tabulation
tab est un tableau d'entiers
tab.Ajoute(7)
Trace(TAB[1], Tab.Occurrence) // expect: 7, 1
