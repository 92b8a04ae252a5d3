// Les formats de NumériqueVersChaîne hors de la grammaire de sa page d'aide ?3024024 se
// compilent sous WINDEV (son compilateur ne les lit pas) : du vrai code en contient ;
// l'exécution les lit comme le runtime de PC SOFT (docs/builtins.md "NumToString formats
// outside the grammar", INFERRED d'après le runtime navigateur de WEBDEV) : sans type à la
// fin, une chaîne vide, sinon les drapeaux, la largeur et la précision qu'il y trouve.
// wl check avertit (WL223).
Trace("[" + MontantEnTexte(12) + "]") // expect: []
Trace(NumériqueVersChaîne(1234.5, "%.2f")) // expect: 1234.50
Trace("[" + NumeriqueVersChaine(1234.5, "# ##0,00") + "]") // expect: []
Trace(NUMÉRIQUEVERSCHAÎNE(1234567, "10ds")) // expect:  1 234 567
Trace("[" + NumériqueVersChaîne(-3.14159, "8.3fz") + "]") // expect: []
Trace(numeriqueverschaine(-3.14159, "x8.3f")) // expect: -3.142
// les exemples de la page restent ce qu'ils étaient
Trace(NumériqueVersChaîne(12345.5, "10.2fS")) // expect:  12 345.50
Trace(NumériqueVersChaîne(12345.5, "10,2fS")) // expect:  12 345,50

PROCÉDURE MontantEnTexte(LOCAL nMontant est un entier)
RENVOYER NumériqueVersChaîne(nMontant, "2d,2")
