// `*` comme paramètre : ce paramètre prend sa valeur par défaut
P(1, *, 9) // expect: 1, 5, 9
Trace(Gauche("abc", *)) // expect: a
PROCÉDURE P(a, b = 5, c = 6)
Trace(a, b, c)
