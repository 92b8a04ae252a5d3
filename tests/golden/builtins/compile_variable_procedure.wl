// Compile, syntaxe 2 de ?3013015 : `f est une procédure = Compile(nom, code)` donne la
// procédure compilée (ErreurDétectée à Faux), appelable par f() et par son nom ; le code
// du programme appelle une procédure qu'il compile sous un nom littéral (décidé)
f est une procédure = Compile("Triple", "PROCÉDURE X(n est un entier)" + RC + "RENVOYER n * 3")
Trace(ErreurDétectée)   // expect: 0
Trace(f(5))   // expect: 15
Trace(ExécuteTraitement("Triple", trtProcédure, 2))   // expect: 6
Trace(TRIPLE(4) + 1)   // expect: 13
g est une procédure = Compile("Cassée", "RENVOYER +")
Trace(ErreurDétectée, g = Null)   // expect: 1, 1
// un nombre d'arguments qui ne convient pas à la procédure compilée
Triple(1, 2)
// expect error: Triple expects 1 parameter(s) but received 2.
