// `Montre(nA:v)` : sans espaces, `nA:v` lit le membre v de nA ; nA non déclaré et
// paramètre de Montre, le WL101 dit l'argument nommé voulu
v est un entier = 7
Montre(nA:v) // error: WL101:8 'nA' is not declared; a named argument is written with spaces around the colon: nA : v
Montre(nA : v)
PROCÉDURE Montre(nA est un entier, nB est un entier = 0)
Trace(nA, nB)
