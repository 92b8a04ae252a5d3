// Un nombre suivi de `+ [1]` est refusé comme `n est un entier = ["a"]` : la
// concaténation optionnelle `A + [B]` est pour les textes (5 + [1] donnait "51").
s est une chaîne = "a"
Trace(s + [", "] + "b") // expect: a, b
n est un entier = 5
Trace(n + [1]) // expect error: A value of type array cannot be used as a number.
