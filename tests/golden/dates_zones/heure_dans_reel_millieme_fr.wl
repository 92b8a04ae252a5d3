// Une Heure rangée dans un réel, un monétaire ou un numérique garde son millième comme
// dixième de ses centièmes (INFERRED, docs/semantics.md "A Time stored into a number") :
// une Heure avancée de 2,5 centièmes (`h + 2.5`) est 12:30:00.025, et un réel qui la
// reçoit vaut 4500002.5 (c'était 4500002 : le demi-centième ajouté était perdu). Un
// entier perd toujours le millième, comme HeureVersEntier.
hDébut est une Heure = "1230"
rCentièmes est un réel = hDébut + 2.5
Trace(rCentièmes) // expect: 4500002.5
hPlusTard est une heure = hDebut + 2.5
Trace(hPlusTard) // expect: 123000025
mMontant est un monétaire = hPlusTard
nExact est un numérique = hPlusTard
iEntier est un entier = hPlusTard
Trace(mMontant, nExact, iEntier, HeureVersEntier(hPlusTard)) // expect: 4500002.5, 4500002.5, 4500002, 4500002
rCentiemes = hDébut
Trace(rCentièmes) // expect: 4500000
STRUCTURE Relevé
  rA est un réel
FIN
stRelevé est un Relevé
stReleve.rA = hPlusTard
Trace(stRelevé.rA) // expect: 4500002.5
// un Variant qui tient une telle Heure donne la même chose (il perdait le millième)
vA est un Variant = hPlusTard
rCentièmes = vA
iEntier = vA
Trace(rCentièmes, iEntier) // expect: 4500002.5, 4500002
