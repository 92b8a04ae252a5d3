// `Resultat` (sans accent, comme le code réel l'écrit) nomme une variable là où le mot-clé
// RÉSULTAT ne peut pas être : affecté, déclaré ou lu dans une expression
Resultat est une chaîne
Resultat = "x" + "y"
Trace(Resultat, ChaîneOccurrence(Resultat, "y")) // expect: xy, 1
Trace(Calcule(2)) // expect: 20

PROCÉDURE Calcule(n)
Résultat est un entier = n * 10
SI Résultat > 0 ALORS RÉSULTAT Résultat
RÉSULTAT -1
