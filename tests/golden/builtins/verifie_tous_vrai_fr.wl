// VérifieTousVrai, VérifieTousFaux, VérifieUnVrai, VérifieUnFaux (INFERRED, docs/builtins.md)
Trace(VérifieTousVrai(Vrai, 1 = 1), VerifieTousVrai(Vrai, Faux))   // expect: 1, 0
Trace(VérifieTousFaux(Faux, 0), VérifieUnVrai(Faux, 0, Vrai), VérifieUnFaux(Vrai, Vrai))   // expect: 1, 1, 0
tab est un tableau d'entiers = [4, 5, 6]
Trace(VérifieTousVrai(tab, Pair), VérifieUnVrai(tab, Pair), VérifieUnFaux(tab, Pair))   // expect: 0, 1, 1

PROCÉDURE Pair(n)
RENVOYER n % 2 = 0
