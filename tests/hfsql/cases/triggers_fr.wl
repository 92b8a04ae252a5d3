// HDécritTrigger / HDétruitTrigger comme l'exemple « WD Trigger » de PC SOFT : une même
// procédure avant et après, H.Action, H.FonctionTrigger, H.AFaire = "A" abandonne
HDécritTrigger(Product, "HAjoute,HModifie,HSupprime", Proc_Trigger, hTriggerAvant)
HDécritTrigger(Product, "HAjoute,HModifie,HSupprime", Proc_Trigger, hTriggerAprès)
HRAZ(Product)
Product.Reference = "A1"
Trace(HAjoute(Product))
// expect: avant ajout Product
// expect: après HAjoute
// expect: 1
HLitPremier(Product, Reference)
Trace(HSupprime(Product), ErreurDétectée, HNbEnr(Product))
// expect: 0, 1, 1
HDétruitTrigger("Product", "HAjoute,HModifie,HSupprime", hTriggerAvant)
HDétruitTrigger("PRODUCT", "HAjoute,HModifie,HSupprime", htriggerapres)
Trace(HSupprime(Product), HNbEnr(Product)) // expect: 1, 0

PROCÉDURE Proc_Trigger()
SELON Majuscule(h.Action)
	CAS "A"
		SELON Majuscule(h.FonctionTrigger)
			CAS "HAJOUTE" : Trace("avant ajout " + H.NomFichier)
			CAS "HSUPPRIME" : H.AFaire = "A"
		FIN
	CAS "P"
		Trace("après " + h.FonctionTrigger)
FIN
