// `t[i] += n` / `t[i] -= n` sur un élément d'un tableau de Dates ajoute ou retire des
// jours, comme sur une variable Date (il collait les chiffres et le nombre : "202401151") ;
// un élément d'un tableau d'Heures ou de DateHeures avance comme une variable de ce type.
tabÉchéance est un tableau de 3 Dates
tabÉchéance[1] = "20240131"
tabEcheance[1] += 1
tabÉchéance[2] = "20240301"
tabÉchéance[2] -= 2
Trace(tabÉchéance[1], tabÉchéance[2]) // expect: 20240201, 20240228
tabDébut est un tableau de 2 Heures
tabDébut[1] = "1030"
tabDébut[1] += 1 h
Trace(tabDébut[1]) // expect: 11300000
tabMoment est un tableau de 2 DATEHEURE
tabMoment[1] = "20240115103000"
tabMoment[1] -= 1
tabMoment[1] += 0.5
Trace(tabMoment[1]) // expect: 20240114223000000
taÉchéance est un tableau associatif de Dates
taÉchéance["loyer"] = "20241231"
taÉchéance["loyer"] += 1
Trace(taÉchéance["loyer"]) // expect: 20250101
