// accented and unaccented keywords are the same: PROCÉDURE/PROCEDURE, RÉSULTAT/RESULTAT
Trace(Double(4)) // expect: 8
Trace(Triple(4)) // expect: 12

PROCÉDURE Double(n)
RÉSULTAT n * 2

PROCEDURE Triple(n)
RESULTAT n * 3
