// HEtat ?3044081 (page française) : les constantes de son tableau telles qu'écrites,
// hEtatActif, hEtatInvalide, hEtatRaye, hEtatSup (hEtatSup était inconnu : une variable
// vide, et le test « = hEtatSup » toujours faux).
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
Customer.Name = "B"
HAjoute(Customer)
Customer.Name = "C"
HAjoute(Customer)
SI HEtat(Customer) = hEtatActif ALORS
	// Traitements
	Trace("actif")                                                // expect: actif
FIN
HSupprime(Customer, 2)
HRaye(Customer, 1)
Trace(HEtat(Customer, 2) = hEtatSup, HEtat(Customer, 1) = hEtatRaye) // expect: 1, 1
Trace(HEtat(Customer, 9) = hEtatInvalide)                         // expect: 1
