// hLimiteParcours donné à HLitSuivant (et non à la recherche) ne faisait rien, sans le
// dire : la boucle lisait les Dupont après Martin. Le parcours de la recherche s'arrête
// maintenant après la valeur cherchée (HEnDehors Vrai) ; sans recherche en cours, refusé.
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
Customer.Name = "Martin"
HAjoute(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
n est un entier = 0
HLitRecherchePremier(Customer, Name, "Dupont")
TANTQUE PAS HEnDehors(Customer)
	n++
	HLitSuivant(Customer, Name, hLimiteParcours)
FIN
Trace(n, HTrouve(Customer))                           // expect: 2, 0
HLitPremier(Customer, Name)
Trace(HLitSuivant(Customer, Name, hLimiteParcours), ErreurDétectée)   // expect: 0, 1
