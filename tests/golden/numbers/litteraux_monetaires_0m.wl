// `0m` écrit un littéral monétaire ("Monétaire (Type de variable)" ?1514043 : « Pour forcer
// l'affectation d'un monétaire, utilisez 0m devant la valeur »), toute casse, `_` entre
// les chiffres : ses chiffres exacts, jamais par un réel (docs/semantics.md, "Currency literals").
mPrix est un monétaire
mPrix = 0m12345678912345678.123456
Trace(mPrix) // expect: 12345678912345678.123456
TRACE(-0M12345678912345678.123456) // expect: -12345678912345678.123456
Trace(0m1_000.5, TypeVar(0m3) = wlMonetaire) // expect: 1000.5, 1
Trace(0m0.1 + 0m0.2 = 0.3) // expect: 1
// un monétaire a 6 décimales ; 0 min et 3min restent des Durées, m0min un nom
Trace(0m1.1234567) // expect: 1.123457
dAttente est une Durée = 0 min
dCourte est une duree = 3min
Trace(dAttente..EnSecondes, dCourte..EnSecondes) // expect: 0, 180
m0min est un entier = 4
Trace(m0min) // expect: 4
// l'exemple de la page tel qu'écrit : 26 chiffres, au-delà de la plage que la même page
// donne ; un monétaire garde un littéral `0m` quelle que soit sa taille (la page le donne
// comme la façon d'affecter exactement un monétaire), et Trace montre ses chiffres
num1 est un monétaire
num1 = 0m12345678901234567891234567
Trace(num1) // expect: 12345678901234567891234567
moCopie est un monétaire = -0M12345678901234567891234567
Trace(moCopie, TypeVar(moCopie) = wlMonétaire) // expect: -12345678901234567891234567, 1
// un résultat calculé au-delà de la plage reste le dépassement, le monétaire inchangé
QUAND EXCEPTION DANS
    num1 = num1 * 2
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 24691357802469135782469134 is beyond the largest currency (604,462,909,807,314,587.353087).
FIN
Trace(num1) // expect: 12345678901234567891234567
