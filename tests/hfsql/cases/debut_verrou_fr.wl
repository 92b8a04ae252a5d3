// Le mode de blocage d'HyperFile 5.5 (?3044240, « Fonctions Hyper File compatibles ») :
// après HDébutVerrou (sans parenthèses, comme sur la page) les lectures bloquent
// l'enregistrement lu jusqu'à HFinVerrou ; les lectures ...SansBloquer ne bloquent
// jamais, les lectures ...Bloque toujours. Ce qu'une autre connexion voit :
// tests/hfsql/test_start_lock.py
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRaz(Customer)
Customer.Name = "Martin"
HAJOUTE(Customer)
HDébutVerrou
Trace(HLitPremier(Customer, Name), Customer.Name)                 // expect: 1, Dupont
Customer.City = "Paris"
Trace(HModifie(Customer), HErreurBlocage())                       // expect: 1, 0
Trace(HLitSuivant(Customer, Name), Customer.Name)                 // expect: 1, Martin
Trace(HLitRechercheSansBloquer(Customer, Name, "Dup"), Customer.City)   // expect: 1, Paris
hfinverrou
Trace(HLitBloque(Customer, 2), Customer.Name)                     // expect: 1, Martin
Trace(HDébloqueNumEnr(Customer))                                  // expect: 1
Trace(HLitDernierSansBloquer(Customer, Name), HLitPrécédentSansBloquer(Customer, Name), Customer.Name)
// expect: 1, 1, Dupont
Trace(HLitPremierBloque(Customer, Name), HLitSuivantBloque(Customer, Name), Customer.Name)
// expect: 1, 1, Martin
Trace(HLitPrecedentBloque(Customer, Name), HLitDernierBloque(Customer, Name), HLitRechercheBloque(Customer, Name, "M"))
// expect: 1, 1, 1
Trace(HLitSansBloquer(Customer, 1), Customer.Name, HLitPremierSansBloquer(Customer, Name), HLitSuivantSansBloquer(Customer, Name))
// expect: 1, Dupont, 1, 1
Trace(HDEBUTVERROU(), HFinVerrou())                               // expect: 1, 1
