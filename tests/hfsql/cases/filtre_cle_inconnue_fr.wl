// HFiltreCommencePar sur une clé que le fichier n'a pas rendait "" avec HErreur, quand
// HLitPremier et HLitRecherchePremier arrêtent l'exécution : les filtres l'arrêtent
// maintenant à la clé, avec les mêmes mots (et `wl check --analysis` dit WL109).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
Trace(HFiltreIdentique(Customer, "Name", "Dupont"))   // expect: Name
HFiltreCommencePar(Customer, "Nom", "Du")
// expect error: 'Nom' is not a key or an item of the data file Customer.
