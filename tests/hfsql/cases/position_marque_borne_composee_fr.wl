// hValMax à la fin d'une borne basse ou de la valeur de HLitRecherchePremier ([n,
// hValMax]) commence juste après tous les enregistrements de n, hValMin à la fin d'une
// borne haute ou de la valeur de HLitRechercheDernier ([m, hValMin]) finit juste avant
// ceux de m : le sens de la marque tient à sa place. Laissée de côté comme « toutes les
// valeurs » où qu'elle soit, la borne basse [n, hValMax] gardait aussi les commandes de
// n et HLitRecherchePremier trouvait la commande de n. docs/hfsql.md "Key values and
// bounds".
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
n est un entier = Customer.CustomerID
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAjoute(Customer)
m est un entier = Customer.CustomerID
HRAZ(Orders)
Orders.CustomerID = n
Orders.OrderDate = "20250105"
HAjoute(Orders)
Orders.CustomerID = m
Orders.OrderDate = "20250201"
HAjoute(Orders)
HFiltre(Orders, CustomerDate, [n, hValMax], [m, hValMax])
POUR TOUT Orders
	Trace("après n", Orders.CustomerID = m, Orders.OrderDate)   // expect: après n, 1, 20250201
FIN
HDésactiveFiltre(Orders)
HFiltre(Orders, CustomerDate, [n, hValMin], [m, hValMin])
POUR TOUT Orders
	Trace("avant m", Orders.CustomerID = n, Orders.OrderDate)  // expect: avant m, 1, 20250105
FIN
HDésactiveFiltre(Orders)
HLitRecherchePremier(Orders, CustomerDate, [n, hValMax])
Trace("premier", HTrouve(Orders), Orders.CustomerID = m)           // expect: premier, 0, 1
HLitRechercheDernier(Orders, CustomerDate, [m, hValMin])
Trace("dernier", HTrouve(Orders), Orders.CustomerID = n)            // expect: dernier, 0, 1
HLitRechercheDernier(Orders, CustomerDate, [n, hValMax])
Trace("dernier de n", HTrouve(Orders), Orders.OrderDate)            // expect: dernier de n, 1, 20250105
