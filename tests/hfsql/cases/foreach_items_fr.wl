// POUR TOUT Fichier : Fichier.Rubrique dans la boucle lit l'enregistrement de la boucle,
// puis ce que le nom désigne quand le corps le change (docs/hfsql.md, "Performance")
AjouteClient("Ann", 10)
AjouteClient("Bob", 2.5)
mTotal est un monétaire
POUR TOUT Customer SUR Name
	mTotal += Customer.Balance
	Trace(Customer.Name, mTotal)
FIN
// expect: Ann, 10
// expect: Bob, 12.5
mTotal -= 0.0000004
Trace(mTotal)                                   // expect: 12.5
POUR TOUT Customer SUR Name
	SI Customer.Name = "Ann" ALORS HLitRecherchePremier(Customer, Name, "Bob")
	Trace(Customer.Name)
FIN
// expect: Bob
// expect: Bob
POUR TOUT Customer SUR Name
	HChangeNom(Customer, "Customer2")
	Trace(HEnDehors(Customer), Customer.Name = "")
	HChangeNom(Customer, "")
	SORTIR
FIN
// expect: 1, 1

PROCÉDURE AjouteClient(sNom est une chaîne, mSolde est un monétaire)
HRAZ(Customer)
Customer.Name = sNom
Customer.Balance = mSolde
RENVOYER HAjoute(Customer)
