// Échéances de paiement selon les conditions françaises :
// "comptant", "30 jours net", "30 jours fin de mois", "45 jours fin de mois",
// "fin de mois le 10" ; une échéance tombant un samedi ou un dimanche passe au lundi.
tabConditions est un tableau de chaînes = ["comptant", "30 jours net", "30 jours fin de mois", "45 jours fin de mois", "fin de mois le 10", "60 jours fin de mois le 15"]
tabFactures est un tableau de Dates = ["20250115", "20250131", "20250228", "20241215"]
POUR TOUT dFacture DE tabFactures
	sLigne est une chaîne = DateVersChaîne(dFacture, "JJ/MM/AAAA") + " :"
	POUR TOUT sCond DE tabConditions
		sLigne += " " + DateVersChaîne(Echéance(dFacture, sCond), "JJ/MM")
	FIN
	Trace(sLigne)
FIN
Trace(DateVersChaîne(Echéance("20250115", "30 jours net", Vrai), "JJJJ JJ/MM/AAAA"))
Trace(DateVersChaîne(Echéance("20250102", "30 jours net", Vrai), "JJJJ JJ/MM/AAAA"))
// expect: 15/01/2025 : 15/01 14/02 28/02 31/03 10/02 15/04
// expect: 31/01/2025 : 31/01 02/03 31/03 31/03 10/02 15/05
// expect: 28/02/2025 : 28/02 30/03 31/03 30/04 10/03 15/05
// expect: 15/12/2024 : 15/12 14/01 31/01 31/01 10/01 15/03
// expect: vendredi 14/02/2025
// expect: lundi 03/02/2025

PROCÉDURE Echéance(dFacture est une Date, LOCAL sCondition est une chaîne, bJourOuvré est un booléen = Faux) : Date
dRés est une Date = dFacture
sCondition = Minuscule(SansEspace(sCondition))
nJours est un entier = Val(sCondition)
SI nJours > 0 ALORS dRés += nJours
SI Position(sCondition, "fin de mois") > 0 ALORS
	dRés = DernierJourDuMois(dRés)
	nPos est un entier = Position(sCondition, " le ")
	SI nPos > 0 ALORS
		dRés++ // le 1er du mois suivant
		dRés..Jour = Val(Milieu(sCondition, nPos + 4))
	FIN
FIN
SI bJourOuvré ALORS
	SELON DateVersJour(dRés)
		CAS 6 : dRés += 2
		CAS 7 : dRés += 1
	FIN
FIN
RENVOYER dRés
