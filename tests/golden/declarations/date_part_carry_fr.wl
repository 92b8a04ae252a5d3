// les parties d'une Date reportent sur les unités supérieures (dernier jour du mois)
dFin est une Date = "20240215"
dFin..Jour = 1
dFin..Mois++
dFin..Jour--
Trace(dFin) // expect: 20240229
dFin..Année += 1
Trace(dFin) // expect: 20250228
dEchéance est une date = "20240131"
dEchéance..Jour += 90
Trace(dEchéance) // expect: 20240430
dEchéance..Mois -= 5
Trace(dEchéance) // expect: 20231130
