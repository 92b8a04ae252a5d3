// FichierVersTableau dans un tableau d'Enregistrements (`tableau de Enregistrements de
// Customer`) : chaque élément une copie d'un enregistrement ; ses éléments se lisaient
// vides (le tableau recevait des éléments sans rubriques)
AjouteClient("Dupont", "Lyon")
AjouteClient("Martin", "Paris")
tabClients est un tableau de Enregistrements de Customer
Trace(FichierVersTableau(tabClients, Customer), tabClients.Occurrence)  // expect: 1, 2
Trace(tabClients[1].Name, tabClients[1].City, tabClients[2].Name)      // expect: Dupont, Lyon, Martin
enr est un Enregistrement de Customer
enr = tabClients[2]
Trace(enr.City)                                                        // expect: Paris
// une copie : le fichier modifié ensuite laisse le tableau tel qu'il était
HLitPremier(Customer)
Customer.City = "Nice"
HModifie(Customer)
Trace(tabClients[1].City)                                              // expect: Lyon
// un tableau d'enregistrements d'un autre fichier prend les rubriques homonymes
tabCdes est un tableau d'Enregistrements de Orders
FichierVersTableau(tabCdes, Customer)
Trace(TableauOccurrence(tabCdes), tabCdes[2].CustomerID, tabCdes[2].Total)   // expect: 2, 2, 0

PROCÉDURE AjouteClient(sNom, sVille)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
