// Un opérande numérique (i, d) n'arrondit pas un produit ou un quotient à ses d
// décimales : le calcul garde la précision d'un numérique (6 décimales, ?1514072 ; plus
// si déclarées) et seule l'affectation au numérique (i, d) arrondit (INFERRED,
// docs/semantics.md "Numeric intermediate results"). 19,99 * 1,196 * 3 donnait 71.73.
nPrix est un numérique (10,2) = 19.99
nTotal est un numérique (10,2) = nPrix * 1.196 * 3
Trace(nTotal) // expect: 71.72
nRetour est un numérique (10,2) = nPrix / 3 * 3
Trace(nRetour, nPrix / 3) // expect: 19.99, 6.663333
nEntier est un numérique (10) = 10
nArrondi est un numérique (10) = nEntier / 3 * 3
Trace(nEntier / 4, nArrondi) // expect: 2.5, 10
nFin est un numérique (5,8) = 1
Trace(nFin / 3) // expect: 0.33333333
// un monétaire a 6 décimales à chaque étape (?1514043 : un décimal sur 10 octets)
mPrix est un monétaire = 19.99
mTotal est un monétaire = mPrix * 1.196 * 3
Trace(mTotal, mPrix / 3 * 3) // expect: 71.72412, 19.989999
mDix est un monétaire = 10
Trace(mDix / 3 * 3) // expect: 9.999999
