// Stock d'un restaurant : fichiers décrits par le code, une classe cStock dont la méthode
// AjouterMouvement est transactionnelle (QUAND EXCEPTION en tête de procédure), des
// décréments par commande (POUR TOUT ... AVEC), une requête SQL paramétrée.
fdIng est une Description de Fichier
fdMvt est une Description de Fichier
rub est une Description de Rubrique
fdIng..Nom = "Ingredients"
rub..Nom = "IDIngredient" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdIng, rub)
rub..Nom = "Nom" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hNonClé
HDécritRubrique(fdIng, rub)
rub..Nom = "StockActuel" ; rub..Type = hRubriqueRéel ; rub..TypeClé = hNonClé
HDécritRubrique(fdIng, rub)
rub..Nom = "StockMin" ; rub..Type = hRubriqueRéel ; rub..TypeClé = hNonClé
HDécritRubrique(fdIng, rub)
HDécritFichier(fdIng)
fdMvt..Nom = "MouvementsStock"
rub..Nom = "IDMouvement" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdMvt, rub)
rub..Nom = "IDIngredient" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdMvt, rub)
rub..Nom = "TypeMouvement" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hNonClé
HDécritRubrique(fdMvt, rub)
rub..Nom = "Quantite" ; rub..Type = hRubriqueRéel ; rub..TypeClé = hNonClé
HDécritRubrique(fdMvt, rub)
HDécritFichier(fdMvt)
HCréation(Ingredients)
HCréation(MouvementsStock)

cStock est une Classe
	m_IDIngredient est un entier
	m_Nom est une chaîne
	m_StockActuel est un réel
	m_StockMin est un réel
FIN

POUR TOUTE CHAÎNE s DE "Farine;10;3|Tomates;4;5|Basilic;1;0.5" SÉPARÉE PAR "|"
	HRAZ(Ingredients)
	Ingredients.Nom = ExtraitChaîne(s, 1, ";")
	Ingredients.StockActuel = Val(ExtraitChaîne(s, 2, ";"))
	Ingredients.StockMin = Val(ExtraitChaîne(s, 3, ";"))
	HAjoute(Ingredients)
FIN

oStk est un cStock
SI oStk:Charger(1) ALORS
	oStk:AjouterMouvement("Sortie", 2.5)
	oStk:AjouterMouvement("Entree", 1)
	Trace(oStk:m_Nom + " : " + oStk:m_StockActuel)
FIN
// expect: Farine : 8.5
SI oStk:Charger(2) ALORS
	Trace("Inconnu accepté : " + oStk:AjouterMouvement("Perte", 1))
	Trace("Sous seuil : " + oStk:SousSeuil())
FIN
// expect: Inconnu accepté : 0
// expect: Sous seuil : 1
Trace("Charger(9) : " + oStk:Charger(9))
// expect: Charger(9) : 0

nSous est un entier = 0
POUR TOUT Ingredients
	SI Ingredients.StockActuel <= Ingredients.StockMin ALORS nSous++
FIN
Trace(nSous + " ingrédient(s) sous le seuil")
// expect: 1 ingrédient(s) sous le seuil

sReq est une chaîne = [
	SELECT TypeMouvement, SUM(Quantite) AS Total
	FROM MouvementsStock
	WHERE IDIngredient = {pID}
	GROUP BY TypeMouvement
	ORDER BY TypeMouvement
]
REQ_Mvt est une Source de Données
REQ_Mvt.pID = 1
SI PAS HExécuteRequêteSQL(REQ_Mvt, hRequêteDéfaut, sReq) ALORS Trace(HErreurInfo())
POUR TOUT REQ_Mvt
	Trace(REQ_Mvt.TypeMouvement + " " + REQ_Mvt.Total)
FIN
// expect: Entree 1
// expect: Sortie 2.5
HAnnuleDéclaration(REQ_Mvt)

PROCÉDURE cStock.Charger(nID est un entier) : booléen
	HLitRecherchePremier(Ingredients, IDIngredient, nID)
	SI PAS HTrouve(Ingredients) ALORS RENVOYER Faux
	:m_IDIngredient = Ingredients.IDIngredient
	:m_Nom          = Ingredients.Nom
	:m_StockActuel  = Ingredients.StockActuel
	:m_StockMin     = Ingredients.StockMin
	RENVOYER Vrai

PROCÉDURE cStock.SousSeuil() : booléen
	RENVOYER :m_StockActuel <= :m_StockMin

PROCÉDURE cStock.AjouterMouvement(sType est une chaîne, nQte est un réel) : booléen
	SI PAS (sType DANS ("Entree", "Sortie")) ALORS RENVOYER Faux
	HTransactionDébut()
	QUAND EXCEPTION
		HTransactionAnnule()
		RENVOYER Faux
	FIN
	HLitRecherchePremier(Ingredients, IDIngredient, :m_IDIngredient)
	SELON sType
		CAS "Entree" : Ingredients.StockActuel += nQte
		CAS "Sortie" : Ingredients.StockActuel -= nQte
	FIN
	HModifie(Ingredients)
	:m_StockActuel = Ingredients.StockActuel
	HRAZ(MouvementsStock)
	MouvementsStock.IDIngredient = :m_IDIngredient
	MouvementsStock.TypeMouvement = sType
	MouvementsStock.Quantite = nQte
	HAjoute(MouvementsStock)
	HTransactionFin()
	RENVOYER Vrai
