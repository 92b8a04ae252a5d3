// Un littéral affecté à un numérique ou un monétaire passe par un réel, qui garde 15
// chiffres significatifs ; 0n / 0m gardent chaque chiffre (VERIFIED : "Numérique" ?1514072,
// "num1 = 1234567890123456789123456789 // num1 ne contient pas la bonne valeur", de même
// avec 1234567890123456789.0, et 0n "contient la bonne valeur"). Ils gardaient chaque
// chiffre. Un monétaire de même (?1514043 ; numbers/litteral_monetaire_par_un_reel_fr.wl).
num1 est un numérique
num1 = 1234567890123456789123456789
Trace(num1) // expect: 1234567890123460000000000000
num2 est un numérique
num2 = 1234567890123456789.0
Trace(num2) // expect: 1234567890123460000
num1 = 0n1234567890123456789123456789
Trace(num1) // expect: 1234567890123456789123456789
num2 = 0n1234567890123456789.0
Trace(num2) // expect: 1234567890123456789
nEtoile est un numérique (*) = -12345678901234567.25
Trace(nEtoile) // expect: -12345678901234600
moMontant est un monétaire = 12345678901234567.25
Trace(moMontant) // expect: 12345678901234600
// le littéral est le réel que le compilateur en fait, arrondi comme ce réel : le double
// de 0.1000000000000025 est juste au-dessus de la moitié, donc comme par une variable réelle
nMoitie est un numérique (*) = 0.1000000000000025
Trace(nMoitie) // expect: 0.100000000000003
rMoitie est un réel = 0.1000000000000025
nParUnReel est un numérique (*) = rMoitie
Trace(nParUnReel) // expect: 0.100000000000003
nMoitie = 1.000000000000025
Trace(nMoitie) // expect: 1.00000000000003
rMoitie = 1.000000000000025
nParUnReel = rMoitie
Trace(nParUnReel) // expect: 1.00000000000003
// dans une expression un littéral long est un numérique, chaque chiffre gardé
Trace(12345678901234567.25 + 1) // expect: 12345678901234568.25
// passé à un paramètre numérique, de même ; un entier sur 8 octets est exact, un
// littéral de 15 chiffres significatifs ou moins aussi
Affiche(1234567890123456789.5)
Affiche(9223372036854775807)
Affiche(123 456.478)

PROCÉDURE Affiche(n est un numérique)
Trace(n)
// expect: 1234567890123460000
// expect: 9223372036854775807
// expect: 123456.478
