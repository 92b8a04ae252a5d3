// Une affectation multiple avec une place vide, `(x, , z) = ...`, laisse tomber la valeur
// de cette place (INFERRED, docs/semantics.md). C'était une erreur de syntaxe.
nPremier, nDernier sont des entiers
(nPremier, , nDernier) = (1, 2, 3)
Trace(nPremier, nDernier) // expect: 1, 3
(nPremier, , nDernier) = Bornes()
Trace(nPremier, nDernier) // expect: 10, 30
(, nDernier) = Bornes()
Trace(nDernier) // expect: 20
sVille est une chaîne
(, , sVille) = ChaîneDécoupe("Ann;42;Paris", ";")
Trace(sVille) // expect: Paris
PROCÉDURE Bornes()
RENVOYER (10, 20, 30)
