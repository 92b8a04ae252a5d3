// Jours ouvrés entre deux dates : sans samedis, dimanches ni jours fériés français
// (Pâques calculé à la main, méthode de Meeus/Butcher).
dDébut est une Date = "20250401"
dFin est une Date = "20250531"
Trace("Pâques 2025 : " + DateVersChaîne(PaquesDe(2025), "JJ/MM/AAAA"))
Trace("Pâques 2024 : " + DateVersChaîne(PaquesDe(2024), "JJ/MM/AAAA"))
Trace("Fonction Pâques : " + Pâques(2025))
Trace("Jours ouvrés avril-mai 2025 : " + NbJoursOuvrés(dDébut, dFin))
Trace("Jours ouvrés décembre 2025 : " + NbJoursOuvrés("20251201", "20251231"))
Trace("Jours ouvrés fin 2025 - début 2026 : " + NbJoursOuvrés("20251222", "20260109"))
tabFériés est un tableau de Dates = JoursFériés(2025)
Trace("Fériés 2025 : " + tabFériés..Occurrence)
POUR TOUT dF DE tabFériés
	SI DateVersJour(dF) >= 6 ALORS
		Trace(DateVersChaîne(dF, "JJJJ JJ MMMM"), "tombe un week-end")
	FIN
FIN
// expect: Pâques 2025 : 20/04/2025
// expect: Pâques 2024 : 31/03/2024
// expect: Fonction Pâques : 20250420
// expect: Jours ouvrés avril-mai 2025 : 40
// expect: Jours ouvrés décembre 2025 : 22
// expect: Jours ouvrés fin 2025 - début 2026 : 13
// expect: Fériés 2025 : 11
// expect: samedi 01 novembre, tombe un week-end

PROCÉDURE PaquesDe(LOCAL nAnnée est un entier) : Date
a est un entier = nAnnée modulo 19
b est un entier = PartieEntière(nAnnée / 100)
c est un entier = nAnnée modulo 100
d est un entier = PartieEntière(b / 4)
e est un entier = b modulo 4
f est un entier = PartieEntière((b + 8) / 25)
g est un entier = PartieEntière((b - f + 1) / 3)
h est un entier = (19 * a + b - d - g + 15) modulo 30
i est un entier = PartieEntière(c / 4)
k est un entier = c modulo 4
l est un entier = (32 + 2 * e + 2 * i - h - k) modulo 7
m est un entier = PartieEntière((a + 11 * h + 22 * l) / 451)
nMois est un entier = PartieEntière((h + l - 7 * m + 114) / 31)
nJour est un entier = ((h + l - 7 * m + 114) modulo 31) + 1
dRés est une Date
dRés..Année = nAnnée
dRés..Mois = nMois
dRés..Jour = nJour
RENVOYER dRés

PROCÉDURE JoursFériés(nAnnée est un entier)
tabJ est un tableau de Dates
sAn est une chaîne = NumériqueVersChaîne(nAnnée, "04d")
POUR TOUT CHAÎNE sJM DE "0101,0501,0508,0714,0815,1101,1111,1225" SÉPARÉE PAR ","
	TableauAjoute(tabJ, sAn + sJM)
FIN
dPâques est une Date = PaquesDe(nAnnée)
TableauAjoute(tabJ, dPâques + 1)   // lundi de Pâques
TableauAjoute(tabJ, dPâques + 39)  // Ascension
TableauAjoute(tabJ, dPâques + 50)  // lundi de Pentecôte
TableauTrie(tabJ)
RENVOYER tabJ

PROCÉDURE NbJoursOuvrés(dDe est une Date, dA est une Date) : entier
nNb est un entier
tabFériésPériode est un tableau de Dates = JoursFériés(dDe..Année)
SI dA..Année <> dDe..Année ALORS
	tabAutres est un tableau de Dates = JoursFériés(dA..Année)
	POUR TOUT dAutre DE tabAutres
		TableauAjoute(tabFériésPériode, dAutre)
	FIN
FIN
dJour est une Date = dDe
TANTQUE dJour <= dA
	SI DateVersJour(dJour) <= 5 ET TableauCherche(tabFériésPériode, tcLinéaire, dJour) = -1 ALORS
		nNb++
	FIN
	dJour++
FIN
RENVOYER nNb
