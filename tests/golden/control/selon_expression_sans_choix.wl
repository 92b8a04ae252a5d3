// SELON(v) en expression sans valeur parmi lesquelles choisir (aussi l'instruction d'un
// SI sur une ligne) : aucune valeur et pas de SINON, une erreur fatale à l'exécution
n est un entier = 1
Trace(SELON(n, "un", "deux")) // expect: un
SI n = 1 ALORS SELON(n) // expect error: SWITCH: no value for 1 and no default (ELSE).
