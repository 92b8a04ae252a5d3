// &variable : une valeur opaque qui représente l'adresse de la variable
x est un entier = 5
y est un entier = 6
h est un entier = &x
Trace(h = &x, &x <> &y, h <> 0) // expect: 1, 1, 1
x = 99
Trace(h = &x) // expect: 1
// comme clé d'un tableau associatif
noms est un tableau associatif de chaînes
noms[&x] = "x"
noms[&y] = "y"
Trace(noms[&x], noms[&y]) // expect: x, y
