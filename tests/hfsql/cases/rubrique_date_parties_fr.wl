// (méthode b) Les parties d'une rubrique Date se modifient comme celles d'une variable
// Date : `Orders.OrderDate..Jour = 1`, `..Jour += 45` (report sur le mois suivant), par le
// fichier, un Enregistrement du fichier et la Source de Données d'une requête ; cela
// s'arrêtait sur « A value of type string has no member 'Jour' » (la lecture marchait).
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241130"
Orders.OrderDate..Jour = 1
Trace(Orders.OrderDate)                               // expect: 20241101
Orders.OrderDate..jour += 45
Trace(Orders.OrderDate, Orders.OrderDate..Mois)       // expect: 20241216, 12
Orders.OrderDate..MOIS -= 2
HAjoute(Orders)
// toutes les commandes décalées au même jour de 2030
POUR TOUT Orders
	Orders.OrderDate..Année = 2030
	HModifie(Orders)
FIN
HLitPremier(Orders)
Trace(Orders.OrderDate)                               // expect: 20301016
r est un Enregistrement de Orders
r.OrderDate = "20240229"
r.OrderDate..Annee += 1                               // (pas de 29 février 2025 : le dernier jour)
Trace(r.OrderDate)                                    // expect: 20250228
REQ est une Source de Données
HExécuteRequêteSQL(REQ, "SELECT OrderDate FROM Orders")
HLitPremier(REQ)
REQ.OrderDate..Mois = 1
Trace(REQ.OrderDate)                                  // expect: 20300116
