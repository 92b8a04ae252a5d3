// L'opérateur d'échange `a <=> b` échange les valeurs de deux variables, membres ou
// éléments (INFERRED : la liste "Voir aussi" des pages d'opérateurs nomme un "Opérateur
// d'échange" dont la page n'est pas dans l'aide stockée ; docs/semantics.md "The
// exchange operator"). C'est l'affectation multiple `(a, b) = (b, a)`.
a est un entier = 1
b est un entier = 2
a <=> b
Trace(a, b) // expect: 2, 1
s est une chaîne = "x"
n est un entier = 5
s <=> n
Trace(s, n) // expect: 5, 0
t est un tableau d'entiers = [10, 20, 30]
t[1] <=> t[3]
Trace(t[1], t[2], t[3]) // expect: 30, 20, 10
ST est une Structure
  v est un entier
FIN
o1, o2 sont des ST
o1.v = 1
o2.v = 2
o1 <=> o2
Trace(o1.v, o2.v) // expect: 2, 1
