// Les mêmes fonctions en français : HRAZ, HAjoute, HLitRecherchePremier, HTrouve...
noms est un tableau de chaînes = ["Léa", "Bernard", "Anne"]
POUR i = 1 _À_ 3
	HRAZ(Customer)
	Customer.Name = noms[i]
	Customer.City = "Paris"
	HAjoute(Customer)
FIN
Trace(HNbEnr(Customer))                        // expect: 3
HLitPremier(Customer, Name)
TANTQUE PAS HEnDehors()
	Trace(Customer.Name)
	HLitSuivant(Customer, Name)
FIN
// expect: Anne
// expect: Bernard
// expect: Léa
SI HLitRecherchePremier(Customer, Name, "lea") ALORS
	Trace("trouvé", Customer.Name, HNumEnr())  // expect: trouvé, Léa, 1
FIN
HLitDernier(Customer, Name)
Trace(Customer.Name, HTrouve())                // expect: Léa, 1
HLitPrécédent(Customer, Name)
Trace(Customer.Name)                           // expect: Bernard
Customer.City = "Lyon"
HModifie(Customer)
POUR TOUT Customer OÙ Customer.City = "Lyon"
	Trace("à Lyon :", Customer.Name)           // expect: à Lyon :, Bernard
FIN
POUR TOUT Customer SUR Name
	Trace(Customer.Name)
FIN
// expect: Anne
// expect: Bernard
// expect: Léa
POUR TOUT Customer TRIÉ PAR Name
	Trace("trié", Customer.Name)
FIN
// expect: trié, Anne
// expect: trié, Bernard
// expect: trié, Léa
HLitRechercheDernier(Customer, Name, "anne")
HSupprime(Customer)
Trace(HNbEnr(Customer))                        // expect: 2
// transaction annulée
HTransactionDébut()
HRAZ(Customer)
Customer.Name = "Temporaire"
HAjoute(Customer)
Trace(HNbEnr(Customer))                        // expect: 3
HTransactionAnnule()
Trace(HNbEnr(Customer))                        // expect: 2
// doublon sur une clé unique
HRAZ(Product)
Product.Reference = "R1"
HAjoute(Product)
Trace(HAjoute(Product), HErreurDoublon(), HErreur() <> 0)   // expect: 0, 1, 1
Trace(HErreurInfo() <> "")                     // expect: 1
HLitRecherche(Product, Reference, "r")
Trace(HTrouve(), Product.Reference)            // expect: 1, R1
HEnregistre(Product)
Trace(HErreurIntégrité(), HErreurBlocage())    // expect: 0, 0
