// Une recherche qui ne lit rien (HTrouve 0, HEnDehors 1) ne laisse pas
// d'enregistrement en cours : HModifie et HSupprime échouent, HEnregistre ajoute
HRAZ(Product) ; Product.Reference = "P1" ; Product.Label = "stylo" ; HAjoute(Product)
HLitRecherchePremier(Product, Reference, "P1")
HLitRecherchePremier(Product, Reference, "P7")
Trace(HTrouve(Product), HEnDehors(Product), HNumEnr(Product)) // expect: 0, 1, 0
Product.Label = "modifié"
Trace(HModifie(Product), ErreurDétectée)                      // expect: 0, 1
Trace(HSupprime(Product), ErreurDetectee)                     // expect: 0, 1
HLitRecherchePremier(Product, Reference, "P1")
Trace(Product.Label, HNbEnr(Product))                         // expect: stylo, 1
HLitRecherchePremier(Product, Reference, "P7")
Product.Reference = "P7"
Trace(HEnregistre(Product), HNbEnr(Product))                  // expect: 1, 2
