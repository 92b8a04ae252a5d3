// La syntaxe préfixée de WINDEV : <Source>.LitRecherchePremier(...), <Source>.Trouve()...
POUR TOUTE s DE ["MOORE", "Dupont", "moore"]
	Customer.RAZ()
	Customer.Name = s
	Customer.Ajoute()
FIN
Trace(Customer.NbEnr())                                   // expect: 3
Customer.LitRecherchePremier(Name, "moore")
SI Customer.Trouve() ALORS Trace("trouvé", Customer.Name)   // expect: trouvé, MOORE
customer.litpremier(name)
tantque pas customer.endehors()
	trace(customer.name)
	customer.litsuivant(name)
fin
// expect: Dupont
// expect: MOORE
// expect: moore
Customer.LitRecherchePremier(Name, "Dupont")
Customer.City = "Nantes"
Customer.Modifie()
Customer.LitDernier(Name)
Customer.Supprime()
Trace(Customer.NbEnr(), Customer.LitRecherchePremier(Name, "dupont"), Customer.City)   // expect: 2, 1, Nantes
ds est une Source de Données
HExécuteRequêteSQL(ds, "SELECT Name FROM Customer ORDER BY Name DESC")
ds.LitPremier()
Trace(ds.Name, ds.NbEnr())                                // expect: MOORE, 2
