// Un caractère, une plage ou une propriété d'une variable immuable est une valeur
// calculée : une procédure qui affecte le paramètre reçu ne change que sa copie, et la
// variable garde sa valeur. Avant, chaque appel était refusé (WL106) avant l'exécution.
sCode est une chaîne <immuable> = "abc"
dDébut est une Date <immuable> = "20260101"
Augmente(sCode[[1]]) // expect: augmenté, 9
Augmente(dDébut..Jour) // expect: augmenté, 9
Augmente(sCode[[2 A 3]]) // expect: augmenté, 9
Trace(sCode, dDébut) // expect: abc, 20260101

PROCÉDURE Augmente(v)
v = 9
Trace("augmenté", v)
