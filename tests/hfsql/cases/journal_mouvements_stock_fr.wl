// Journal des mouvements de stock, écrit comme un développeur WINDEV l'écrit : chaque lot
// dans une transaction, annulée (HTransactionAnnule) dès qu'une ligne est refusée
CONSTANTE
	MVT_ENTREE = 1
	MVT_SORTIE = 2
FIN
gsDernièreErreur est une chaîne   // globale : le motif du dernier lot refusé

InitArticles()
tabMvt est un tableau de 0 chaîne
TableauAjoute(tabMvt, "REF1;1;50")
TableauAjoute(tabMvt, "REF2;2;5")
TableauAjoute(tabMvt, "REF1;2;20")
SI EnregistreLot(tabMvt) ALORS
	Trace("Lot 1 validé")
SINON
	Trace("Lot 1 annulé : " + gsDernièreErreur)
FIN
// expect: Lot 1 validé
AfficheStocks()
// expect: REF1 : 40
// expect: REF2 : 5
// expect: REF3 : 10
// un lot dont la dernière sortie dépasse le stock : l'entrée qui la précède est annulée
tabMvt2 est un tableau de chaînes = ["REF2;1;10", "REF3;2;999"]
SI PAS EnregistreLot(tabMvt2) ALORS Trace("Lot 2 annulé : " + gsDernièreErreur)
// expect: Lot 2 annulé : stock insuffisant pour REF3 (10 < 999)
// un article inconnu : CAS ERREUR annule aussi
SI pas enregistrelot(["ref1;1;1", "REF9;1;1"]) ALORS trace("Lot 3 annulé : " + gsDernièreErreur)
// expect: Lot 3 annulé : article REF9 inconnu
AfficheStocks()
// expect: REF1 : 40
// expect: REF2 : 5
// expect: REF3 : 10
Trace(HTransactionEnCours())   // expect: 0

PROCÉDURE InitArticles()
POUR i = 1 _À_ 3
	HRAZ(Product)
	Product.Reference = "REF" + i
	Product.Label = "Article n°" + i
	Product.Price = 10 * i
	Product.Stock = 10
	SI PAS HAjoute(Product) ALORS
		Erreur(HErreurInfo())
	FIN
FIN

PROCÉDURE EnregistreLot(LOCAL tabLignes est un tableau de chaînes) : booléen
sRef, sLigne sont des chaînes
nType, nQte sont des entiers
gsDernièreErreur = ""
HTransactionDébut()
POUR TOUT sLigne DE tabLignes
	sRef = ExtraitChaîne(sLigne, 1, ";")
	nType = Val(ExtraitChaîne(sLigne, 2, ";"))
	nQte = Val(ExtraitChaîne(sLigne, 3, ";"))
	SI PAS HLitRecherchePremier(Product, Reference, sRef) ALORS
		ErreurDéclenche(1, "article " + sRef + " inconnu")
	FIN
	SELON nType
		CAS MVT_ENTREE
			Product.Stock += nQte
		CAS MVT_SORTIE
			SI Product.Stock < nQte ALORS
				gsDernièreErreur = "stock insuffisant pour " + sRef + " (" + Product.Stock + " < " + nQte + ")"
				HTransactionAnnule()
				RENVOYER Faux
			FIN
			Product.Stock -= nQte
	FIN
	HModifie(Product)
FIN
HTransactionFin()
RENVOYER Vrai
CAS ERREUR:
	gsDernièreErreur = ErreurInfo(errMessage)
	SI HTransactionEnCours() ALORS HTransactionAnnule()
	RENVOYER Faux

PROCÉDURE AfficheStocks()
POUR TOUT Product SUR Reference
	Trace(Product.Reference + " : " + Product.Stock)
FIN
