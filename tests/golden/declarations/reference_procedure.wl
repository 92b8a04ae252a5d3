// x est une PROCÉDURE = P : une référence à P ; une procédure passée comme valeur
p est une procédure = Carré
Trace(p(3)) // expect: 9
Trace(Applique(Carré, 4)) // expect: 16
PROCÉDURE Carré(n)
RENVOYER n * n
PROCÉDURE Applique(f, v)
RENVOYER f(v)
