// `(a, b) est un entier = P()` en branche d'un SI sur une ligne (ALORS et SINON) ou après
// le `:` d'un CAS s'exécute comme sur sa propre ligne (docs/semantics.md "Multiple
// declaration") ; c'était "unexpected 'est'". Les noms sont ceux de la branche.
bTrouvé est un booléen = Vrai
SI bTrouvé ALORS (nMin, nMax) est un entier = Bornes([4, 9, 2]) // expect: 2 à 9
SI PAS bTrouvé ALORS (sA, sB) sont des chaînes = Paire() SINON (sA, sB) sont des chaînes = Paire() // expect: x et 12
SI bTrouvé = Faux ALORS (nA, nB) est un entier = Bornes([1]) // (pas exécuté)
SELON 2
    CAS 1 : (r1, r2) est un réel = (1.5, 2)
    CAS 2 : (n1, n2) EST UN ENTIER = ("7", 2.9)
        Trace(n1 + n2) // expect: 9
FIN
Trace("fin") // expect: fin

PROCÉDURE Bornes(t est un tableau d'entiers)
Trace(Min(t) + " à " + Max(t))
RENVOYER (Min(t), Max(t))

PROCÉDURE Paire()
Trace("x et 12")
RENVOYER ("x", 12)
