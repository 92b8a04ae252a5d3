// Âge et ancienneté d'un salarié, dates en fin de mois (31 janvier + 1 mois...).
dNaissance est une Date = "19850131"
dEmbauche est une Date = "20120229"
dRéférence est une Date = "20250228"

Trace("Âge : " + AgeEnAnnées(dNaissance, dRéférence) + " ans")
Trace("Âge (fonction Age) : " + Age(dNaissance, dRéférence))
nAns, nMois, nJours sont des entiers
Ancienneté(dEmbauche, dRéférence, nAns, nMois, nJours)
Trace(ChaîneConstruit("Ancienneté : %1 an(s) %2 mois %3 jour(s)", nAns, nMois, nJours))

// échéances mensuelles à partir d'un 31 janvier
dEch est une Date = "20250131"
POUR i = 1 _À_ 4
	dSuivante est une Date = dEch
	dSuivante..Mois += i
	Trace(DateVersChaîne(dSuivante, "JJ/MM/AAAA"))
FIN
// fin de mois
dFin est une Date = DernierJourDuMois("20240215")
Trace(DateVersChaîne(dFin, "JJ/MM/AAAA"), DernierJourDuMois(2023, 2))
// 29 février + 1 an
dBis est une Date = "20240229"
dBis..Année++
Trace(dBis)
// anniversaire d'embauche
dAnniv est une Date = dEmbauche
dAnniv..Année = dRéférence..Année
Trace("Anniversaire d'embauche " + dRéférence..Année + " : " + DateVersChaîne(dAnniv, "JJ/MM/AAAA"))
Trace("Jours jusqu'à la retraite : " + DateDifférence(dRéférence, "20520131"))
// expect: Âge : 40 ans
// expect: Âge (fonction Age) : 00400028
// expect: Ancienneté : 12 an(s) 11 mois 30 jour(s)
// expect: 28/02/2025
// expect: 31/03/2025
// expect: 30/04/2025
// expect: 31/05/2025
// expect: 29/02/2024, 20230228
// expect: 20250228
// expect: Anniversaire d'embauche 2025 : 28/02/2025
// expect: Jours jusqu'à la retraite : 9833

PROCÉDURE AgeEnAnnées(LOCAL dNé est une Date, LOCAL dAu est une Date = DateDuJour()) : entier
nAge est un entier = dAu..Année - dNé..Année
SI dAu..Mois < dNé..Mois OU (dAu..Mois = dNé..Mois ET dAu..Jour < dNé..Jour) ALORS
	nAge--
FIN
RENVOYER nAge

PROCÉDURE Ancienneté(dDébut est une Date, dFin est une Date, nA est un entier, nM est un entier, nJ est un entier)
nA = dFin..Année - dDébut..Année
nM = dFin..Mois - dDébut..Mois
nJ = dFin..Jour - dDébut..Jour
SI nJ < 0 ALORS
	nM--
	dTmp est une Date = dFin
	dTmp..Jour = 1
	dTmp--
	nJ += dTmp..Jour
FIN
SI nM < 0 ALORS
	nA--
	nM += 12
FIN
