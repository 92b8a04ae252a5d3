// La différence de deux Dates rangée dans une Date (`d -= d2`, `d = d1 - d2`, une
// déclaration) : leur nombre de jours, que la Date garde comme ses chiffres, une Date qui
// ne nomme aucun jour ; l'exécution continue (docs/semantics.md "A Date minus a Date stored
// back"), et check le dit par l'avertissement WL225 (il ne disait rien). Issue 8, L,
// 7 déc. 2026, 17:25-20:25.
dDébut est une Date = "20261207"
dFin est une date = "20261201"
dDébut -= dFin // warning: WL225:1 dDébut - dFin, the difference of two Dates, is their number of days, which the Date 'dDébut' stores as its digits: a Date naming no day (DateValid gives False)
dAutre est une Date = dFin - dDébut // warning: WL225:1 dFin - dDébut, the difference of two Dates, is their number of days, which the Date 'dAutre' stores as its digits: a Date naming no day (DateValid gives False)
nJours est un entier = dFin - dAutre
dDébut = dFin - 3
Trace(dDébut, dAutre, nJours)
