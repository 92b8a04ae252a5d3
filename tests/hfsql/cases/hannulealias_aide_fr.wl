// HAnnuleAlias ?3044149 (jumeau français écrit d'après la page anglaise) et
// HAnnuleDéclaration ?3044174 (page française) / <Source>.AnnuleDéclaration ?1000024192,
// leurs exemples (notre Customer). HAlias(CUSTOMER, CUSTOMER1) nomme l'alias sans
// guillemets ; un alias inexistant est une erreur non fatale.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
// Crée 2 alias sur le fichier de données CUSTOMER
HAlias(CUSTOMER, CUSTOMER1)
HAlias(CUSTOMER, CUSTOMER2)
// Annule le premier alias
Trace(HAnnuleAlias(CUSTOMER1))                                    // expect: 1
Trace(HLitPremier(CUSTOMER2), CUSTOMER2.Name)                     // expect: 1, A
Trace(HAnnuleAlias("CUSTOMER1"), ErreurDétectée, HErreur())       // expect: 0, 1, 70900
Trace(HExécuteRequêteSQL("test", "select * from customer"))       // expect: 1
Trace(HAnnuleDéclaration("test"))                                 // expect: 1
// Le fichier de données Client a été précédemment déclaré dans l'analyse
// par la fonction HDéclareExterne
HFerme(Customer)
Trace(HAnnuleDéclaration(Customer))                               // expect: 1
Customer.Ferme()
Trace(Customer.AnnuleDéclaration())                               // expect: 1
