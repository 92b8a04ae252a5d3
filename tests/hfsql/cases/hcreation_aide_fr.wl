// HCréationSiInexistant ?3044254, <Source>.CréationSiInexistant ?1000024208 et HCréation
// ?3044255, leurs exemples (notre Customer pour le Client de la page). Un fichier de
// données qui existe est ouvert, ses enregistrements gardés ; HCréation le vide, et
// l'enregistrement en mémoire n'est pas annulé : HRAZ l'initialise.
// Création de tous les fichiers de données décrits dans l'analyse
// avec le mot de passe "PSW"
Trace(HCréationSiInexistant("*", "PSW"))                          // expect: 1
Trace(HCréationSiInexistant(Orders))                              // expect: 1
HRAZ(Customer)
Customer.Name = "Gardé"
HAjoute(Customer)
Trace(Customer.CréationSiInexistant(), HNbEnr(Customer))          // expect: 1, 1
Trace(HCreationSiInexistant(Customer), HNbEnr(Customer))          // expect: 1, 1
// Création du fichier de données Commande (décrit dans l'analyse)
HCréation(Customer)
Trace(HNbEnr(Customer), Customer.Name)                            // expect: 0, Gardé
HRAZ(Customer)
Trace(Customer.Name = "")                                         // expect: 1
