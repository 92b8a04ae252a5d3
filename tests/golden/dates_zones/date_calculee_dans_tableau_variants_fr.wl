// Une Date, une Heure ou une DateHeure calculée (`d + 1`, DateDuJour(), `h + 1 h`) ajoutée
// à un tableau de Variants en reste une, comme une variable Date ajoutée ainsi :
// `tv.Ajoute(d + 1)` puis `tv[2] + 1` était le texte "202503021", le TypeVar d'un
// DateDuJour() ajouté wlChaîne
dDébut est une Date = "20250301"
hDébut est une Heure = "0800"
tabTout est un tableau de Variants
tabTout.Ajoute(dDébut)
tabTout.Ajoute(dDébut + 1)
TableauAjoute(tabTout, dDébut - 1)
Ajoute(tabTout, DateDuJour())
tabTout.Ajoute(hDébut + 1 h)
Trace(tabTout[1] + 1, tabTout[2] + 1, tabTout[3] + 1) // expect: 20250302, 20250303, 20250301
Trace(TypeVar(tabTout[4]) = wlDate, TypeVar(tabTout[5]) = wlHeure, tabTout[5] + 30 min) // expect: 1, 1, 09300000
POUR TOUT vJour DE tabTout
	SI TypeVar(vJour) = wlDate ALORS Trace(DateVersChaîne(vJour + 1, "JJ/MM"))
	SI vJour = tabTout[3] ALORS SORTIR
FIN
// expect: 02/03
// expect: 03/03
// expect: 01/03
