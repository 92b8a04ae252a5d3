// Les mêmes en français : HFiltre / HDésactiveFiltre / HActiveFiltre, HChangeClé,
// HFerme / HOuvre, HListeFichier, blocages du programme lui-même, HConstruitValClé,
// HDernier / HSuivant / HPrécédent / HRechercheDernier / HRecherche, HAnnuleAlias
POUR i = 1 _À_ 4
	HRAZ(Product)
	Product.Reference = "F" + i
	Product.Label = "L" + (5 - i)
	Product.Stock = i * 10
	HAjoute(Product)
FIN
Trace(HFiltre(Product, "Reference >= 'F2' ET Stock < 40"))   // expect: Reference
HLitPremier(Product, Reference)
Trace(Product.Reference, HNbEnr(Product))      // expect: F2, 4
Trace(HDésactiveFiltre(Product))               // expect: 1
HLitPremier(Product, Reference)
Trace(Product.Reference)                       // expect: F1
Trace(HActiveFiltre(Product))                  // expect: 1
HLitDernier(Product, Reference)
Trace(Product.Reference)                       // expect: F3
HDesactiveFiltre(Product)
HLitRecherchePremier(Product, Reference, "F2")
Trace(HChangeCle(Product, Label))              // expect: 1
HLitSuivant(Product)
Trace(Product.Reference)                       // expect: F1
Trace(HFerme(Product))                         // expect: 1
HLitSuivant(Product, Reference)
Trace(Product.Reference)                       // expect: F1
Trace(HOuvre(Product), HOuvre("*"))            // expect: 1, 1
Trace(Remplace(HListeFichier(), RC, ","))      // expect: Customer,Orders,Product
Trace(HBloqueNumEnr(Product, 1), HLit(Product, 1), Product.Reference)   // expect: 1, 1, F1
Trace(HDébloqueNumEnr(Product, 1), HBloqueFichier(Product), HDébloqueFichier(Product))   // expect: 1, 1, 1
Trace(HBloqueNumEnr(Product, hNumEnrEnCours), HDébloqueNumEnr(Product, hNumEnrEnCours))   // expect: 1, 1
// se positionner sans lire : le buffer garde le dernier enregistrement lu
HLitRecherchePremier(Product, Reference, "F2")
Trace(HDernier(Product, Reference), HNumEnr(Product), Product.Reference)   // expect: 1, 4, F2
Trace(HPrécédent(Product, Reference), HNumEnr(Product))     // expect: 1, 3
Trace(HSuivant(Product, Reference), HNumEnr(Product))       // expect: 1, 4
Trace(HRechercheDernier(Product, Reference, "f1"), HTrouve(Product), HNumEnr(Product))   // expect: 1, 1, 1
Trace(HRecherche(Product, Reference, "F"), HNumEnr(Product))   // expect: 1, 1
HRAZ(Customer)
Customer.Name = "Léa"
Customer.City = "Lyon"
HAjoute(Customer)
Trace(HLitRecherchePremier(Customer, CityName, HConstruitValClé(Customer, CityName, "lyon", "lea")), Customer.Name)   // expect: 1, Léa
HAlias(Customer, "Client2")
Trace(HLitPremier(Client2), Client2.Name)      // expect: 1, Léa
Trace(HAnnuleAlias(Client2), HNbEnr(Customer))   // expect: 1, 1
// HExécuteRequêteSQL sur une source de données, avec hRequêteSansCorrection
sdReq est une Source de Données
Trace(HExécuteRequêteSQL(sdReq, hRequêteSansCorrection, "SELECT Reference FROM Product WHERE Stock > 20 ORDER BY Reference"))   // expect: 1
POUR TOUT sdReq
	Trace(sdReq.Reference)
FIN
// expect: F3
// expect: F4
// hRequêteSansCorrectionHF (la même requête, pour HFSQL)
sdReqHF est une Source de Données
Trace(HExécuteRequêteSQL(sdReqHF, hRequêteSansCorrectionHF, "SELECT Reference FROM Product WHERE Stock > 20 ORDER BY Reference"), HNbEnr(sdReqHF) > 0)   // expect: 1, 1
