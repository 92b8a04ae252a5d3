// Filtres tout faits : noms français
POUR i = 1 À 3
	HRAZ(Customer)
	Customer.Name = ExtraitChaîne("Dupont,Durand,Martin", i, ",")
	Customer.City = ExtraitChaîne("Paris,Lyon,Paris", i, ",")
	HAjoute(Customer)
FIN
Trace(HFiltreIdentique(Customer, City, "Paris"), HNbEnr(Customer))   // expect: City, 3
POUR TOUT Customer
	Trace(Customer.Name)
FIN
// expect: Dupont
// expect: Martin
HFiltreCommencePar(Customer, Name, "DUR")
POUR TOUT Customer
	Trace(Customer.Name)
FIN
// expect: Durand
HFiltreComprisEntre(Customer, Name, "Dur", "Mb")
POUR TOUT Customer
	Trace(Customer.Name)
FIN
// expect: Durand
// expect: Martin
HFiltreContient(Customer, Name, "pon")
POUR TOUT Customer
	Trace(Customer.Name)
FIN
// expect: Dupont
