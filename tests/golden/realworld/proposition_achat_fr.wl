// Une proposition d'achat à partir des tarifs de deux fournisseurs : les tarifs lus
// ligne à ligne dans des fichiers (l'un en Windows-1252, l'autre en UTF-8), lus par une
// collection de procédures (COL_Achats.wdg : une structure, des paramètres LOCAL, deux
// résultats), les manques du stock par une requête SQL sur un fichier décrit par le
// code, le fournisseur le moins cher par produit avec un tri par procédure, les dates
// de livraison par des Durées, la réponse JSON de disponibilité d'un fournisseur, et la
// proposition en CSV.
fdStock est une Description de Fichier
rub est une Description de Rubrique
fdStock..Nom = "Stock"
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdStock, rub)
rub..Nom = "EnStock" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdStock, rub)
rub..Nom = "Seuil" ; rub..Type = hRubriqueEntier
HDécritRubrique(fdStock, rub)
HDécritFichier(fdStock)
HCréation(Stock)
POUR TOUTE CHAÎNE sLigne DE "GANT-L;12;50,CASQ-M;80;40,BOTTE-42;3;10,GILET-XL;0;20" SÉPARÉE PAR ","
	Stock.Code = ExtraitChaîne(sLigne, 1, ";")
	Stock.EnStock = ExtraitChaîne(sLigne, 2, ";")
	Stock.Seuil = ExtraitChaîne(sLigne, 3, ";")
	HAjoute(Stock)
FIN

// les tarifs, tels que les fournisseurs les envoient
sRep est une chaîne = ComplèteRep(fRepTemp()) + "proposition_" + DonneIdentifiant()
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "dupont.csv", ChaîneVersUTF8("gant-l;1,95;100;5" + RC + "botte-42;24,50;6;12" + RC + "gilet-xl;9,90;25;3" + RC + "casq-m;;10;2"))
nFichier est un entier = fOuvre(sRep + fSep() + "durand.csv", foCréation + foAnsi)
fEcritLigne(nFichier, "GANT-L;2,10;50;2")
fEcritLigne(nFichier, "BOTTE-42;22,00;12;20")
fEcritLigne(nFichier, "GILET-XL;10,50;10;4")
fEcritLigne(nFichier, "Gants été;1,00")
fFerme(nFichier)

tPrix est un tableau de STPrixFournisseur
tRejets est un tableau de chaînes
bOk est un booléen
sRaison est une chaîne
POUR TOUT sFournisseur DE ["dupont", "durand"]
	nFichier = fOuvre(sRep + fSep() + sFournisseur + ".csv", foLecture)
	BOUCLE
		sLigneTarif est une chaîne = fLitLigne(nFichier)
		SI sLigneTarif = EOT ALORS SORTIR
		stPrix est un STPrixFournisseur
		(bOk, sRaison) = LitLignePrix(sFournisseur, sLigneTarif, stPrix)
		SI bOk ALORS
			TableauAjoute(tPrix, stPrix)
		SINON
			TableauAjoute(tRejets, sFournisseur + " : " + sRaison)
		FIN
	FIN
	fFerme(nFichier)
FIN
Trace(tPrix.Occurrence + " prix, rejetés : " + TableauVersChaîne(tRejets, " / "))
// expect: 6 prix, rejetés : dupont : pas de prix pour CASQ-M / durand : 4 champs attendus, 2 reçus

// les manques : ce qui est sous son seuil de réapprovisionnement
sRequête est une chaîne = [
	SELECT Code, Seuil - EnStock AS Manque
	FROM Stock
	WHERE EnStock < Seuil
	ORDER BY Code
]
rqManques est une Source de Données
SI PAS HExécuteRequêteSQL(rqManques, hRequêteDéfaut, sRequête) ALORS Trace(HErreurInfo())
dCommande est une Date = "20251208"
sCsv est une chaîne = "code;fournisseur;qté;pu;total;livraison" + RC
moTotal est un monétaire
POUR TOUT rqManques
	tOffres est un tableau de STPrixFournisseur
	POUR TOUT st DE tPrix
		SI st.sCode = rqManques.Code ALORS TableauAjoute(tOffres, st)
	FIN
	SI tOffres.Occurrence = 0 ALORS
		Trace(rqManques.Code + " : aucun fournisseur") ; CONTINUER
	FIN
	TableauTrie(tOffres, ttFonction, CompareOffres)
	stMeilleur est un STPrixFournisseur = tOffres[1]
	nQté est un entier = QuantitéACommander(rqManques.Manque, stMeilleur.nQtéMini)
	dLivraison est une Date = dCommande + stMeilleur.duDélai
	dLivraison..Jour += JOURS_SÉCURITÉ
	sCsv += ChaîneConstruit("%1;%2;%3;%4;%5;%6", rqManques.Code, stMeilleur.sFournisseur, nQté, ...
		stMeilleur.moPrixUnitaire, nQté * stMeilleur.moPrixUnitaire, DateVersChaîne(dLivraison, "AAAA-MM-JJ")) + RC
	moTotal += nQté * stMeilleur.moPrixUnitaire
FIN
Trace(sCsv + "total;" + moTotal)
// expect: code;fournisseur;qté;pu;total;livraison
// expect: BOTTE-42;durand;20;22;440;2025-12-30
// expect: GANT-L;dupont;100;1.95;195;2025-12-15
// expect: GILET-XL;dupont;30;9.9;297;2025-12-13
// expect: total;932

// la disponibilité chez le fournisseur le plus rapide, telle que son service répond
vRéponse est un Variant = JSONVersVariant([
	{"fournisseur": "durand", "articles": [{"code": "BOTTE-42", "dispo": 8}, {"code": "GILET-XL", "dispo": 30}]}
	])
POUR TOUT vArticle DE vRéponse.articles
	Trace(vArticle.code + " disponible : " + vArticle.dispo)
FIN
// expect: BOTTE-42 disponible : 8
// expect: GILET-XL disponible : 30
fSupprime(sRep + fSep() + "dupont.csv")
fSupprime(sRep + fSep() + "durand.csv")
fRepSupprime(sRep)

PROCÉDURE INTERNE CompareOffres(a est un STPrixFournisseur, b est un STPrixFournisseur) : entier
	// la moins chère d'abord ; au même prix, la plus rapide
	SI a.moPrixUnitaire <> b.moPrixUnitaire ALORS RENVOYER (a.moPrixUnitaire < b.moPrixUnitaire ? -1 SINON 1)
	RENVOYER (a.duDélai < b.duDélai ? -1 SINON (a.duDélai > b.duDélai ? 1 SINON 0))
FIN
