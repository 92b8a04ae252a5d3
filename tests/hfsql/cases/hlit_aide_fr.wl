// Pages d'aide HLit ?3044047 et <Source>.Lit ?1000025019, en français : leur exemple
// tel quel, puis les cas qu'elles listent (au-delà du plus grand numéro, négatif ou
// fichier vide : HEnDehors Vrai ; enregistrement disparu : HEnDehors Faux, HEtat le dit).
AjouteClient("Moore")
AjouteClient("Dupont")
AjouteClient("Adams")
// Parcours séquentiel pour afficher le nom de tous les clients
i est un entier
POUR i = 1 _A_ HNbEnr(Customer, hEtatTous)
	HLit(Customer, i)
	SI HEtat() = hEtatActif ALORS
		Info("Nom du client : " + Customer.Name)
	FIN
FIN
// expect: Nom du client : Moore
// expect: Nom du client : Dupont
// expect: Nom du client : Adams
POUR i = 1 _A_ Customer.NbEnr(hEtatTous)
	Customer.Lit(i)
	SI Customer.Etat() = hEtatActif ALORS
		Info("Nom du client : " + Customer.Name)
	FIN
FIN
// expect: Nom du client : Moore
// expect: Nom du client : Dupont
// expect: Nom du client : Adams
HSupprime(Customer, 2)
Trace(HLit(Customer, 2))                           // expect: 0
Trace(HEnDehors(Customer))                         // expect: 0
Trace(HEtat(Customer) = hEtatSupprimé)             // expect: 1
Trace(HNumEnr(Customer))                           // expect: 2
// HNbEnr compte l'enregistrement supprimé dans hEtatTous (la boucle de la page lit jusqu'à lui)
Trace(HNbEnr(Customer), HNbEnr(Customer, hEtatTous), HNbEnr(Customer, hEtatSupprimé), HEtat(Customer, 9) = hEtatInvalide) // expect: 2, 3, 1, 1
Trace(HLit(Customer, 4))                           // expect: 0
Trace(HEnDehors(Customer))                         // expect: 1
Trace(HLit(Product, 1))                            // expect: 0
Trace(HEnDehors(Product))                          // expect: 1

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = "Paris"
HAjoute(Customer)
