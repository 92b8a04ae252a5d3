// deux syntaxes prennent l'appel aussi bien l'une que l'autre : appel ambigu
Trace("avant")  // expect: avant
Calculer(1)  // expect error: ambiguous call of Calculer: Calculer(a est un entier, b est un entier = 2) and Calculer(a est un entier, c est une chaîne = "x")

PROCÉDURE Calculer(a est un entier, b est un entier = 2)
Trace(a + b)

PROCÉDURE Calculer(a est un entier, c est une chaîne = "x")
Trace(c)
