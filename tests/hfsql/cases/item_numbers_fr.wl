// HRécupèreRubrique et HVersRubrique : les rubriques par leur numéro
HRAZ(Customer)
Trace(HVersRubrique(Customer, 2, "Dupont"), HVERSRUBRIQUE(Customer, 4, "Nantes"))   // expect: 1, 1
HAjoute(Customer)
HRAZ(Customer)
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(HRécupèreRubrique(Customer, 2), HRecupereRubrique(Customer, 4))   // expect: Dupont, Nantes
Trace(HRécupèreRubrique(Customer, 12) = "", ErreurDétectée)   // expect: 1, 1
Trace(HLitRecherchePremier(Customer, CityName, HConstruitValCléANSI(Customer, CityName, "Nantes", "Dupont")), Customer.Name)   // expect: 1, Dupont
