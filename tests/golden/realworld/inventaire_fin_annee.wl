// Inventaire de fin d'année : fichier décrit par programmation, chargement depuis un texte
// multiligne, valorisation par rupture sur une clé (HLitPremier/HLitSuivant), correction
// par HLitRecherchePremier + HModifie, recherche générique, purge en parcours (HSupprime
// dans POUR TOUT), POUR TOUT ... AVEC sur une clé, requête SQL paramétrée, doublon refusé
fdProduit est une Description de Fichier
rub est une Description de Rubrique
fdProduit..Nom = "Produit"
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 8 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdProduit, rub)
rub..Nom = "Libellé" ; rub..Type = hRubriqueTexte ; rub..Taille = 40 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdProduit, rub)
rub..Nom = "Famille" ; rub..Type = hRubriqueTexte ; rub..Taille = 10 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdProduit, rub)
rub..Nom = "Stock" ; rub..Type = hRubriqueEntier ; rub..Taille = 4 ; rub..TypeClé = hNonClé
HDécritRubrique(fdProduit, rub)
rub..Nom = "PrixAchat" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fdProduit, rub)
HDécritFichier(fdProduit)
HCréation(Produit)

sDonnées est une chaîne = [
A100;Vis inox 4x20;QUINC;1200;0.04
A101;Vis inox 5x30;QUINC;0;0.06
B200;Perceuse 18V;OUTIL;12;89.90
B201;Visseuse 12V;OUTIL;7;59.00
C300;Gants T9;EPI;140;2.35
C301;Lunettes;EPI;0;4.10
]
POUR TOUTE CHAÎNE sLigne DE sDonnées SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	HRAZ(Produit)
	(Produit.Code, Produit.Libellé, Produit.Famille, Produit.Stock, Produit.PrixAchat) = ChaîneDécoupe(sLigne, ";")
	SI PAS HAjoute(Produit) ALORS Trace("refusé : " + HErreurInfo())
FIN
Trace(HNbEnr(Produit) + " produits")
// expect: 6 produits

// valorisation par famille : parcours sur la clé Famille
mValeur est un monétaire
sFamille est une chaîne
HLitPremier(Produit, Famille)
TANTQUE PAS HEnDehors(Produit)
	SI Produit.Famille <> sFamille ALORS
		SI sFamille <> "" ALORS Trace(sFamille + " : " + mValeur)
		sFamille = Produit.Famille
		mValeur = 0
	FIN
	mValeur += Produit.Stock * Produit.PrixAchat
	HLitSuivant(Produit, Famille)
FIN
Trace(sFamille + " : " + mValeur)

// expect: EPI : 329
// expect: OUTIL : 1491.8
// expect: QUINC : 48

// correction d'inventaire : recherche à l'identique puis modification
SI HLitRecherchePremier(Produit, Code, "B201") ALORS
	Produit.Stock -= 2
	HModifie(Produit)
FIN
HLitRecherche(Produit, Code, "Z999")
SI PAS HTrouve(Produit) ALORS Trace("Z999 introuvable")
// expect: Z999 introuvable

// recherche générique (début de chaîne) sur le libellé
HLitRecherchePremier(Produit, Libellé, "Vis", hGénérique)
TANTQUE HTrouve(Produit)
	Trace("trouvé : " + Produit.Libellé)
	HLitSuivant(Produit, Libellé)
FIN
// expect: trouvé : Vis inox 4x20
// expect: trouvé : Vis inox 5x30
// expect: trouvé : Visseuse 12V

// suppression des articles à stock nul pendant le parcours
POUR TOUT Produit
	SI Produit.Stock = 0 ALORS HSupprime(Produit)
FIN
Trace(HNbEnr(Produit) + " produits après purge") // expect: 4 produits après purge

// POUR TOUT avec condition sur une clé
POUR TOUT Produit AVEC Famille = "OUTIL"
	Trace(Produit.Code + " " + Produit.Stock)
FIN
// expect: B200 12
// expect: B201 5

// requête SQL paramétrée
REQ est une Source de Données
sSQL est une chaîne = [
	SELECT Famille, COUNT(*) AS Nb, SUM(Stock * PrixAchat) AS Valeur
	FROM Produit
	WHERE Stock >= {pMini}
	GROUP BY Famille
	ORDER BY Valeur DESC
]
REQ.pMini = 10
SI HExécuteRequêteSQL(REQ, hRequêteDéfaut, sSQL) ALORS
	POUR TOUT REQ
		Trace(ChaîneConstruit("%1 : %2 article(s), %3", REQ.Famille, REQ.Nb, REQ.Valeur))
	FIN
SINON
	Trace(HErreurInfo())
FIN
// expect: OUTIL : 1 article(s), 1078.8
// expect: EPI : 1 article(s), 329
// expect: QUINC : 1 article(s), 48

// un doublon de clé unique
HRAZ(Produit)
Produit.Code = "A100"
Produit.Libellé = "Doublon"
SI PAS HAjoute(Produit) ALORS
	SI HErreurDoublon() ALORS Trace("doublon refusé sur " + Produit.Code) // expect: doublon refusé sur A100
FIN
