// Fêtes mobiles : Pâques (fonction Pâques) et les jours fériés qui en dépendent (lundi de
// Pâques, Ascension, Pentecôte, lundi de Pentecôte) sur plusieurs années
POUR nAnnée = 2024 A 2027
	dPâques est une Date = Pâques(nAnnée)
	dLundi est une Date = dPâques + 1
	dAscension est une Date = dPâques + 39
	dPentecôte est une Date = dPâques + 49
	dLundiPentecôte est une Date = dPâques + 50
	Trace(nAnnée, DateVersChaîne(dPâques, "JJJJ JJ MMMM"), DateVersChaîne(dLundi, "JJ/MM"), DateVersChaîne(dAscension, "JJJJ JJ/MM"), dPentecôte..Jour + "/" + dPentecôte..Mois, DateVersChaîne(dLundiPentecôte, "JJ/MM/AAAA"))
FIN
tabF est un tableau de Dates
FériésMobiles(2025, tabF)
Trace(tabF..Occurrence, TableauVersChaîne(tabF, ";"))
Trace(EstFérié("20250609"), EstFérié("20250610"), EstFérié("20250529"))
d est une Date = "20250420"
Trace(DateVersJour(d), DateVersJourEnLettre(d), d..JourDeLaSemaine)
// expect: 2024, dimanche 31 mars, 01/04, jeudi 09/05, 19/5, 20/05/2024
// expect: 2025, dimanche 20 avril, 21/04, jeudi 29/05, 8/6, 09/06/2025
// expect: 2026, dimanche 05 avril, 06/04, jeudi 14/05, 24/5, 25/05/2026
// expect: 2027, dimanche 28 mars, 29/03, jeudi 06/05, 16/5, 17/05/2027
// expect: 3, 20250421;20250529;20250609
// expect: 1, 0, 1
// expect: 7, dimanche, 7

PROCÉDURE FériésMobiles(nAnnée est un entier, tabRés est un tableau de Dates)
dP est une Date = Pâques(nAnnée)
TableauSupprimeTout(tabRés)
POUR TOUT nDécalage DE [1, 39, 50]
	TableauAjoute(tabRés, dP + nDécalage)
FIN

PROCÉDURE EstFérié(d est une Date) : booléen
tab est un tableau de Dates
FériésMobiles(d..Année, tab)
RENVOYER TableauCherche(tab, tcLinéaire, d) > 0
