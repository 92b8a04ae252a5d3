// opFinTraitement rendu par une procédure de HSurErreur arrête le traitement (ici, le programme)
HRAZ(Customer)
Customer.Email = "a@exemple.fr"
HAjoute(Customer)
HSurErreur(Customer, hErrDoublon, "Finir")
HRAZ(Customer)
Customer.Email = "A@exemple.fr"
HAjoute(Customer)
Trace("jamais")

PROCÉDURE Finir()
	Trace("fin", HErreurDoublon())                                  // expect: fin, 1
	RENVOYER opFinTraitement
