// Valorisation du stock en fin de mois : deux fichiers décrits par le code (articles et
// mouvements), une clé lue par HLitRecherchePremier, le coût moyen pondéré par article,
// une jointure SQL pour l'état, numéros de semaine et fins de mois.
fdArt est une Description de Fichier
fdMvt est une Description de Fichier
rub est une Description de Rubrique
fdArt..Nom = "Article"
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdArt, rub)
rub..Nom = "Libelle" ; rub..Type = hRubriqueTexte ; rub..Taille = 40 ; rub..TypeClé = hNonClé
HDécritRubrique(fdArt, rub)
HDécritFichier(fdArt)
fdMvt..Nom = "Mouvement"
rub..Nom = "IDMvt" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdMvt, rub)
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdMvt, rub)
rub..Nom = "DateMvt" ; rub..Type = hRubriqueDate ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdMvt, rub)
rub..Nom = "Qte" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdMvt, rub)
rub..Nom = "CoutUnitaire" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fdMvt, rub)
HDécritFichier(fdMvt)
HCréation(Article)
HCréation(Mouvement)

POUR TOUTE CHAÎNE s DE "VIS-M6:Vis hexagonale M6,ECROU-M6:Écrou M6,RONDELLE-M6:Rondelle M6" SÉPARÉE PAR ","
	Article.Code = ExtraitChaîne(s, 1, ":")
	Article.Libelle = ExtraitChaîne(s, 2, ":")
	HAjoute(Article)
FIN

tabMvts est un tableau de chaînes = ["VIS-M6|20251103|500|0.12", "VIS-M6|20251110|-120|0", ...
	"VIS-M6|20251117|300|0.15", "ECROU-M6|20251104|1000|0.03", "ECROU-M6|20251128|-400|0", ...
	"RONDELLE-M6|20251201|250|0.02"]
POUR TOUT sMvt DE tabMvts
	tabC est un tableau de chaînes
	ChaîneVersTableau(sMvt, tabC, "|")
	Mouvement.Code = tabC[1]
	Mouvement.DateMvt = tabC[2]
	Mouvement.Qte = Val(tabC[3])
	Mouvement.CoutUnitaire = Val(tabC[4])
	HAjoute(Mouvement)
FIN

dFinMois est une Date = DernierJourDuMois("20251115")
Trace("valorisation au " + DateVersChaîne(dFinMois, "AAAA-MM-JJ") + ", semaine " + NuméroDeSemaine(dFinMois))
// expect: valorisation au 2025-11-30, semaine 48

moTotal est un monétaire
HLitPremier(Article, Code)
TANTQUE HTrouve(Article)
	nStock est un entier = 0
	moCout est un monétaire = 0
	HLitRecherchePremier(Mouvement, Code, Article.Code)
	TANTQUE HTrouve(Mouvement) ET Mouvement.Code = Article.Code
		SI Mouvement.DateMvt <= dFinMois ALORS
			SI Mouvement.Qte > 0 ALORS
				// moyenne pondérée du stock et de l'entrée (un monétaire garde 6 décimales)
				moCout = (nStock * moCout + Mouvement.Qte * Mouvement.CoutUnitaire) / (nStock + Mouvement.Qte)
			FIN
			nStock += Mouvement.Qte
		FIN
		HLitSuivant(Mouvement, Code)
	FIN
	SI nStock > 0 ALORS
		moValeur est un monétaire = Arrondi(nStock * moCout, 2)
		moTotal += moValeur
		Trace(Complète(Article.Code, 9) + NumériqueVersChaîne(nStock, "6d") + " @ " + NumériqueVersChaîne(moCout, "7.4f") + " = " + NumériqueVersChaîne(moValeur, "8.2f"))
	FIN
	HLitSuivant(Article, Code)
FIN
Trace("total " + moTotal)
// expect: ECROU-M6    600 @  0.0300 =    18.00
// expect: VIS-M6      680 @  0.1332 =    90.60
// expect: total 108.6

sRequête est une chaîne = [
	SELECT A.Code, A.Libelle, COUNT(M.IDMvt) AS NbMvts, SUM(M.Qte) AS Solde
	FROM Article A LEFT OUTER JOIN Mouvement M ON M.Code = A.Code
	GROUP BY A.Code, A.Libelle
	ORDER BY Solde DESC
]
REQ est une Source de Données
SI PAS HExécuteRequêteSQL(REQ, hRequêteDéfaut, sRequête) ALORS
	Erreur(HErreurInfo())
FIN
POUR TOUT REQ
	Trace(REQ.Code + " " + REQ.Libelle + " : " + REQ.NbMvts + " mouvements, solde " + REQ.Solde)
FIN
// expect: VIS-M6 Vis hexagonale M6 : 3 mouvements, solde 680
// expect: ECROU-M6 Écrou M6 : 2 mouvements, solde 600
// expect: RONDELLE-M6 Rondelle M6 : 1 mouvements, solde 250
HAnnuleDéclaration(REQ)
