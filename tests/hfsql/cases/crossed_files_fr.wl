// HRaye / HLibère, HSupprimeFichier, HVersFichier, HSupprimeRépertoire
POUR i = 1 _À_ 3
	HRAZ(Product)
	Product.Reference = "R" + i
	HAjoute(Product)
FIN
HLitPremier(Product, Reference)
Trace(HRaye(Product), HNbEnr(Product), HNbEnr(Product, hEtatRayé))   // expect: 1, 2, 1
Trace(HEtat(Product, 1) = hEtatRayé)           // expect: 1
// libérés, les enregistrements rayés deviennent supprimés : hEtatTous les compte encore
Trace(HLibere(Product), HNbEnr(Product, hEtatTous), HEtat(Product, 1) = hEtatSupprimé, HNbEnr(Product, hEtatSupprimé))   // expect: 1, 3, 1, 1
Trace(HVersFichier(Product, "D:\Archives\Produits.fic"))   // expect: 1
HChangeNom(Product, "Produits")
HChangeRep(Product, "D:\Archives")
Trace(HNbEnr(Product))                         // expect: 2
Trace(HSupprimeFichier(Product), HFichierExiste(Product))   // expect: 1, 0
HChangeRep(Product, "")
HChangeNom(Product, "")
Trace(HSupprimeRépertoire("D:\Archives"), HSupprimeFichier("*"), HNbEnr(Product))   // expect: 1, 1, 0
