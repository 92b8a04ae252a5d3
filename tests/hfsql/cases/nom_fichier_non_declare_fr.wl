// Un fichier de données nommé sans guillemets que l'analyse ne connaît pas (une faute de
// frappe, un alias annulé) est nommé dans l'erreur : HLitPremier(Clients) lisait
// Customer, le dernier fichier utilisé (le nom non déclaré était un variant vide). Une
// variable non déclarée qui contient le nom d'un fichier le nomme toujours.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
HAlias(CUSTOMER, CUSTOMER1)
Trace(HLitPremier(CUSTOMER1), CUSTOMER1.Name)                     // expect: 1, A
HAnnuleAlias(CUSTOMER1)
Trace(HAnnuleAlias(CUSTOMER1), HErreur())                         // expect: 0, 70900
f = "Customer"
Trace(HLitPremier(f), Customer.Name)                              // expect: 1, A
HLitPremier(Clients)
// expect error: HLitPremier: 'Clients' is not a data file of the analysis.
