// Changer un élément d'un tableau associatif qui n'existe pas le crée d'abord, aussi
// avec `++`, `--`, `+=` dans une expression et à travers des membres à toute profondeur.
Compteur est une Structure
    n est un entier
FIN
Porteur est une Structure
    c est un Compteur
FIN
m est un tableau associatif de Compteur
x est un entier = ++m["a"].n
Trace(x, m["a"].n) // expect: 1, 1
y est un entier = m["b"].n++
Trace(y, m["b"].n) // expect: 0, 1
p est un TABLEAU ASSOCIATIF de Porteur
p["u"].c.n += 2
p["v"].c.n--
Trace(p["u"].c.n, p["v"].c.n) // expect: 2, -1
nb est un tableau associatif d'entiers
Trace(nb["z"]++, nb["z"]) // expect: 0, 1
Trace(p..Occurrence) // expect: 2
Trace(m["jamais"].n, m..Occurrence) // expect: 0, 2
