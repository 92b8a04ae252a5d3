// Intérêts de retard au jour le jour, base exact/365 ou exact/360 : nombre de jours par
// DateDifférence ou par la différence de deux Dates, une année bissextile, un
// paiement en avance (pas d'intérêts), l'indemnité forfaitaire de 40 EUR par Max.
dEchéance est une Date = "20250115"
dPaiement est une Date = "20250415"
Trace(DateDifférence(dEchéance, dPaiement)) // expect: 90
Trace(dPaiement - dEchéance) // expect: 90
Trace(Intérêts(10000, 4.5, dEchéance, dPaiement)) // expect: 110.96
Trace(Intérêts(10000, 4.5, dEchéance, dPaiement, 360)) // expect: 112.5
// 2024 est bissextile : un jour de plus
Trace(DateDifférence("20240115", "20240415")) // expect: 91
Trace(Intérêts(10000, 4.5, "20240115", "20240415", 365)) // expect: 112.19
// paiement avant l'échéance : pas d'intérêts
Trace(Intérêts(10000, 4.5, dPaiement, dEchéance)) // expect: 0
mPénalité est un monétaire = Max(Intérêts(1500, 10.15, dEchéance, dPaiement), 40)
Trace(mPénalité) // expect: 40
nJoursRetard est un entier = dPaiement - dEchéance
Trace(nJoursRetard) // expect: 90
dLimite est une Date = dEchéance + 30
Trace(dLimite, DateVersChaîne(dLimite, "JJ/MM/AAAA"), dLimite..Mois, dLimite..Jour) // expect: 20250214, 14/02/2025, 2, 14

PROCÉDURE Intérêts(mCapital est un monétaire, rTauxAnnuel est un réel, dDébut est une Date, dFin est une Date, nBase est un entier = 365) : monétaire
nJours est un entier = DateDifférence(dDébut, dFin)
SI nJours <= 0 ALORS RENVOYER 0
RENVOYER Arrondi(mCapital * rTauxAnnuel / 100 * nJours / nBase, 2)
