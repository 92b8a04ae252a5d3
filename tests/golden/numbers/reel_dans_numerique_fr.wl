// Un réel rangé dans un numérique garde ses 15 chiffres significatifs, comme
// NumériqueVersChaîne d'un réel les montre (VERIFIED : "Réel" ?1514048, tout réel a 15
// chiffres significatifs ; "Numérique" ?1514072, une valeur affectée à un numérique est
// convertie en réel).
n7 est un numérique(*) = 2 / 3
Trace(n7) // expect: 0.666666666666667
Trace(n7 * 3) // expect: 2.000000000000001
r est un réel = 1 / 7
nSeptieme est un Numerique (*) = r
Trace(nSeptieme) // expect: 0.142857142857143
nSomme est un numérique(*) = 0.1 + 0.2
Trace(nSomme) // expect: 0.3
nSimple est un numérique = 2 / 3
Trace(nSimple) // expect: 0.666667
nDeux est un numérique(10,2) = 2 / 3
Trace(nDeux) // expect: 0.67
nGrand EST UN NUMÉRIQUE(*) = 1e20
Trace(nGrand) // expect: 100000000000000000000
nInfime est un numérique(*) = 1.5e-10
Trace(nInfime) // expect: 0.00000000015
// un réel entier aussi : le réel affiche 12345678901234600, le numérique de même (il
// affichait 12345678901234568, des chiffres du double qu'un réel WINDEV n'a pas) ; un
// entier sur 8 octets est exact, un littéral 0n aussi
rEntier est un réel = 12345678901234567
Trace(rEntier) // expect: 12345678901234600
nEntier est un numérique(*) = rEntier
Trace(nEntier) // expect: 12345678901234600
iEntier est un entier sur 8 octets = 12345678901234567
nEntier = iEntier
Trace(nEntier) // expect: 12345678901234567
nEntier = 0n12345678901234567.25
Trace(nEntier) // expect: 12345678901234567.25
rDemi est un réel = 1234567890.123456789
nDemi est un numérique(*) = rDemi
Trace(nDemi) // expect: 1234567890.12346
