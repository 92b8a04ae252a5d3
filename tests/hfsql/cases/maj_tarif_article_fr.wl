// (méthode b) Code métier comme l'écrit un développeur WINDEV : mise à jour ou ajout
// Mise à jour du tarif : chaque ligne "REF;Libellé;Prix" met à jour l'article s'il existe,
// le crée sinon ; un client en double sur son e-mail est compté en rejet
sFichier est une chaîne = [
REF001;Vis inox 4x40;12,50
REF002;Écrou M4;3,20
REF001;Vis inox 4x40 (boîte);13,90
REF003;Rondelle;0,85
]
nMaj, nRejet sont des entiers
POUR TOUTE CHAÎNE sLigne DE sFichier SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUE
	SI MetAJourArticle(sLigne) ALORS nMaj++ SINON nRejet++
FIN
Trace(nMaj, nRejet, HNbEnr(Product))
POUR TOUT Product SUR Reference
	Trace(Product.Reference, Product.Label, Product.Price)
FIN
// un e-mail déjà pris : doublon
HRAZ(Customer)
Customer.Name = "Durand"
Customer.Email = "durand@exemple.fr"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Durand Paul"
Customer.Email = "DURAND@exemple.fr"
SI PAS HAjoute(Customer) ALORS
	SI HErreurDoublon() ALORS
		Trace("Doublon sur", HErreurInfo(hErrRubrique))
	SINON
		Trace("Autre erreur", HErreurInfo())
	FIN
FIN

// expect: 4, 0, 3
// expect: REF001, Vis inox 4x40 (boîte), 13.9
// expect: REF002, Écrou M4, 3.2
// expect: REF003, Rondelle, 0.85
// expect: Doublon sur, Email

PROCÉDURE MetAJourArticle(LOCAL sLigne est une chaîne) : booléen
sRef, sLibellé, sPrix sont des chaînes
sRef = ExtraitChaîne(sLigne, 1, ";")
sLibellé = ExtraitChaîne(sLigne, 2, ";")
sPrix = ExtraitChaîne(sLigne, 3, ";")
SI HLitRecherchePremier(Product, Reference, sRef) ALORS
	Product.Label = sLibellé
	Product.Price = Val(Remplace(sPrix, ",", "."))
	SI PAS HModifie(Product) ALORS
		Trace("Modification refusée : " + HErreurInfo())
		RENVOYER Faux
	FIN
SINON
	HRAZ(Product)
	Product.Reference = sRef
	Product.Label = sLibellé
	Product.Price = Val(Remplace(sPrix, ",", "."))
	Product.Stock = 0
	SI PAS HAjoute(Product) ALORS
		Trace("Ajout refusé : " + HErreurInfo())
		RENVOYER Faux
	FIN
FIN
RENVOYER Vrai

