// Un nom passé par référence dans une procédure au-dessus de la déclaration de sa propre
// variable de ce nom est la variable du code principal, comme lu à cet endroit
// (docs/semantics.md "A name read above its variable's declaration") : la modification
// de l'appelée lui revient. L'exécution s'arrêtait sur "used before its declaration" à
// l'argument et la vérification ne disait rien.
gn est un entier = 5
P() // expect: 7
Trace("principal", gn) // expect: principal, 6

PROCÉDURE P()
Incrémente(gn)
gn est un entier = 7
Trace(gn)

PROCÉDURE Incrémente(x)
x++
