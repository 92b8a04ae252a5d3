// Les valeurs multiples d'une procédure (`RENVOYER (a, b)`) données là où une seule
// valeur est attendue arrêtent l'exécution par une erreur qui le dit (décidé,
// docs/semantics.md "Several values") ; elle nommait le "tuple" de Python.
a, b sont des entiers
(a, b) = Deux()
Trace(a, b) // expect: 1, 2
x est un entier
x = Deux() // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
PROCÉDURE Deux()
RENVOYER (1, 2)
