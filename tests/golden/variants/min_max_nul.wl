// Min et Max avec un argument Null donnent Null, comme un calcul sur un nullable (décidé,
// docs/semantics.md "Nullable values in operations" : ils arrêtaient l'exécution, « Null
// cannot be ordered »).
i est un entier? = Null
Trace(Max(i, 3) = Null, Min(i, 3) = Null, Min(3, 1, i) = Null)   // expect: 1, 1, 1
i = 7
Trace(Max(i, 3), Min(i, 3))   // expect: 7, 3
t est un tableau de entiers? = [4, Null, 2]
Trace(Min(t) = Null)   // expect: 1
n est un entier = Max(Null, 5)
Trace(n)   // expect: 0
