// Un panier de boutique dans le style du composant e-commerce de PC SOFT : une structure
// qui tient un tableau de lignes et un tableau associatif de leurs rangs, une variable
// PROCÉDURE globale comme point d'entrée, dbgAssertion, une combinaison testée avec [ ], et
// les rangs recalculés en écrivant la variable de POUR TOUT (nRang--) après une suppression.
STLignePanier est une Structure
	nIDDeclinaison est un entier sur 8 octets
	nNbArticles est un entier
	sLibelle est une chaîne
	mPrixUnitaireTTC est un monétaire
FIN
STCommande est une Structure
	tabPanier est un tableau de STLignePanier
	taProduit est un tableau associatif d'entiers
	nNbArticles est un entier
	mTotalTTC est un monétaire
FIN
COMB_RolePhoto est une Combinaison
	Photo_Defaut = 1
	Photo_Face = 2
	Photo_Dos = 16
FIN
gstPanier est un STCommande
gPCalculPort est une PROCÉDURE = PortParDefaut

PanierModifieNombre(101, "Palette", 12.5, 2)
PanierModifieNombre(202, "Film", 3.2, 5)
PanierModifieNombre(303, "Feuillard", 1, 10)
PanierModifieNombre(101, "Palette", 12.5, 1)
Trace(PanierNbArticles() + ", " + gstPanier.mTotalTTC)
// expect: 18 articles, 63.5
Trace(PanierLibelleLigne(1))
// expect: 3 Palette (37.5)
PanierSupprimeProduit(202)
Trace(PanierNbArticles() + ", " + gstPanier.mTotalTTC + ", rang de 303 : " + gstPanier.taProduit[303])
// expect: 13 articles, 47.5, rang de 303 : 2
Trace(PanierLibelleLigne(2))
// expect: 10 Feuillard (10)
Trace("port : " + gPCalculPort(gstPanier))
// expect: port : 7.9
coRole est un COMB_RolePhoto = Photo_Face + Photo_Dos
Trace(coRole[Photo_Dos] + " " + coRole[Photo_Defaut])
// expect: 1 0

PROCÉDURE PanierModifieNombre(nID est un entier sur 8 octets, sLib est une chaîne, mPrix est un monétaire, nAjout est un entier)
SI gstPanier.taProduit[nID]..Existe ALORS
	nRang est un entier = gstPanier.taProduit[nID]
	gstPanier.tabPanier[nRang].nNbArticles += nAjout
SINON
	stLigne est un STLignePanier
	stLigne.nIDDeclinaison = nID
	stLigne.nNbArticles = nAjout
	stLigne.sLibelle = sLib
	stLigne.mPrixUnitaireTTC = mPrix
	gstPanier.taProduit[nID] = Ajoute(gstPanier.tabPanier, stLigne)
FIN
gstPanier.nNbArticles += nAjout
gstPanier.mTotalTTC += nAjout * mPrix

PROCÉDURE PanierNbArticles()
	SELON gstPanier.nNbArticles
		CAS 0
			RENVOYER "Panier vide"
		CAS 1
			RENVOYER "1 article"
	FIN
	RENVOYER ChaîneConstruit("%1 articles", gstPanier.nNbArticles)

PROCÉDURE PanierLibelleLigne(nLigne est un entier)
dbgAssertion(nLigne <= TableauOccurrence(gstPanier.tabPanier))
stLigne est un STLignePanier = gstPanier.tabPanier[nLigne]
RENVOYER ChaîneConstruit("%1 %2 (%3)", stLigne.nNbArticles, stLigne.sLibelle, stLigne.mPrixUnitaireTTC * stLigne.nNbArticles)

PROCÉDURE PanierSupprimeProduit(nIDDeclinaison est un entier sur 8 octets)
dbgAssertion(gstPanier.taProduit[nIDDeclinaison] > 0, "Suppression d'un article absent")
nRangDansPanier est un entier = gstPanier.taProduit[nIDDeclinaison]
gstPanier.nNbArticles -= gstPanier.tabPanier[nRangDansPanier].nNbArticles
gstPanier.mTotalTTC -= gstPanier.tabPanier[nRangDansPanier].nNbArticles * gstPanier.tabPanier[nRangDansPanier].mPrixUnitaireTTC
TableauSupprime(gstPanier.tabPanier, nRangDansPanier)
TableauSupprime(gstPanier.taProduit, nIDDeclinaison)
POUR TOUT nRang DE gstPanier.taProduit
	SI nRang > nRangDansPanier ALORS
		nRang--
	FIN
FIN

PROCÉDURE PortParDefaut(stCde est un STCommande) : monétaire
SI stCde.mTotalTTC >= 50 ALORS RENVOYER 0
RENVOYER 7.9
