// FIN: commence le code exécuté quelle que soit la façon de quitter la procédure
Q(0) // expect: sortie
Q(5) // expect: cinq
// expect: sortie
PROCÉDURE Q(n)
SI n = 0 ALORS RETOUR
Trace("cinq")
FIN:
Trace("sortie")
