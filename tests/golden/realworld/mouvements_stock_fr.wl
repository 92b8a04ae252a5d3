// Inventaire : mouvements de stock typés par une énumération, classement, bilan
EMouvement est une Énumération
	Entrée = "E"
	Sortie = "S"
	Inventaire = "I"
FIN
COptions est une Combinaison
	AvecValeur
	AvecDétail
	Silencieux
FIN
STMouvement est une Structure
	sArticle est une chaîne
	eType est un EMouvement
	nQté est un entier
	mPrixUnitaire est un monétaire
	dDate est une Date
FIN
gtabMvt est un tableau de STMouvement

Mouvement("vis M4", EMouvement.Entrée, 500, 0.02, "20251103")
Mouvement("écrou M4", Entrée, 300, 0.015, "20251103")
Mouvement("vis M4", EMouvement.Sortie, 120, 0.02, "20251110")
Mouvement("Vis M4", Sortie, 30, 0.02, "20251112")
Mouvement("écrou M4", EMouvement.Inventaire, 280, 0.015, "20251130")
nEntrées, nSorties sont des entiers
(nEntrées, nSorties) = Totaux("VIS M4")
Trace(nEntrées, nSorties) // expect: 500, 150
Trace(Bilan(AvecValeur)) // expect: vis M4 : 350 | écrou M4 : 280
Trace(Bilan(AvecValeur + AvecDétail)) // expect: vis M4 : 350 (7 €) | écrou M4 : 280 (4.2 €)
Trace(Bilan(Silencieux)) // expect: 2 article(s)
POUR TOUTE CHAÎNE sMot DE "vis M4;écrou M4;clou" SÉPARÉE PAR ";"
	Trace(sMot, Stock(sMot)) // expect: vis M4, 350
	// expect: écrou M4, 280
	// expect: clou, 0
FIN
Trace(gtabMvt[3].eType, gtabMvt[3].eType..Valeur, gtabMvt[5].dDate..Mois) // expect: Sortie, S, 11

PROCÉDURE Mouvement(sArticle, eType est un EMouvement, nQté est un entier, mPU est un monétaire, dDate est une Date)
m est un STMouvement
m.sArticle = sArticle
m.eType = eType
m.nQté = nQté
m.mPrixUnitaire = mPU
m.dDate = dDate
gtabMvt.Ajoute(m)

PROCÉDURE Totaux(sArticle est une chaîne)
nE, nS sont des entiers
POUR TOUT m DE gtabMvt
	SI PAS m.sArticle ~= sArticle ALORS CONTINUER
	SELON m.eType
		CAS Entrée : nE += m.nQté
		CAS Sortie : nS += m.nQté
	FIN
FIN
RENVOYER (nE, nS)

PROCÉDURE Stock(sArticle est une chaîne) : entier
n est un entier
POUR TOUT m DE gtabMvt
	SI m.sArticle ~= sArticle ALORS
		SELON m.eType
			CAS EMouvement.Entrée : n += m.nQté
			CAS EMouvement.Sortie : n -= m.nQté
			AUTRE CAS : n = m.nQté // un inventaire remet le compteur
		FIN
	FIN
FIN
RENVOYER n

PROCÉDURE Bilan(eOpt est un COptions) : chaîne
tabVus est un tableau associatif (ccSansCasse) de chaînes
tabOrdre est un tableau de chaînes
POUR TOUT m DE gtabMvt
	SI PAS tabVus[m.sArticle]..Existe ALORS
		tabVus[m.sArticle] = m.sArticle
		TableauAjoute(tabOrdre, m.sArticle)
	FIN
FIN
SI eOpt[Silencieux] ALORS RENVOYER tabOrdre..Occurrence + " article(s)"
s est une chaîne
POUR TOUT sA DE tabOrdre
	n est un entier = Stock(sA)
	s += [" | "] + sA + " : " + n
	SI eOpt[AvecDétail] ALORS s += " (" + (n * PrixDe(sA)) + " €)"
FIN
RENVOYER s

PROCÉDURE PrixDe(sA est une chaîne) : monétaire
POUR TOUT m DE gtabMvt
	SI m.sArticle ~= sA ALORS RENVOYER m.mPrixUnitaire
FIN
RENVOYER 0
