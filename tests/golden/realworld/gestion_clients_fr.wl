// Une petite gestion commerciale comme un projet WINDEV l'enregistre (écrite pour les
// tests) : cTiers (membres PROTÉGÉS, constructeur à paramètre LOCAL et valeur par
// défaut, méthode VIRTUELLE), cClient qui en hérite (membres PRIVÉS, constructeur qui
// appelle celui de l'ancêtre, propriétés en <lecture>, cTiers::Libellé() redéfini) et une
// collection de procédures GLOBALES (un tableau associatif d'objets dynamiques, un bloc
// CONSTANTE, une valeur par défaut qui nomme la constante, ErreurDéclenche, `[RC] +` qui
// ne met le séparateur qu'entre deux lignes ; 5.5 passé à un paramètre entier vaut 5).
AjouteClient("C01", "  Boulangerie Martin ", "Lyon")
cl est un cClient dynamique = AjouteClient("C02", "Garage Dupuis")
Trace(cl.Facture(TTC(500))) // expect: 1
Trace(cl.Facture(TTC(400))) // expect: 0
Trace(cl.Encours, cl.Code) // expect: 600, C02
Trace(ListeClients()) // expect: [C01] Boulangerie Martin - LYON
// expect: [C02] Garage Dupuis
AjouteClient("C01", "Doublon")
SI ErreurDétectée ALORS Trace(ErreurInfo(errMessage)) // expect: Client C01 déjà présent
Trace(gtaClients["C01"].Libellé()) // expect: [C01] Doublon
Trace(TTC(100, 5.5)) // expect: 105
