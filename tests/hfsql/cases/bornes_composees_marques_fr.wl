// hValMin et hValMax donnés comme derniers éléments de la borne ou de la valeur cherchée
// d'une clé composée ([n, hValMin], [n, hValMax]) valent toutes les valeurs de cette
// composante, comme dans la valeur de HConstruitValClé. Elles étaient cherchées telles
// quelles : PostgreSQL comparait une date au caractère 0 et ne trouvait rien, et un texte
// comparé à "\xff" (lu comme un "y" par la collation des clés texte) laissait de côté
// Yves et Zoé. docs/hfsql.md "Key values and bounds".
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
n est un entier = Customer.CustomerID
POUR TOUT ÉLÉMENT s DE ["Yves", "Zoé"]
	HRAZ(Customer)
	Customer.Name = s
	Customer.City = "Paris"
	HAjoute(Customer)
FIN
HRAZ(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAjoute(Customer)
m est un entier = Customer.CustomerID
HRAZ(Orders)
Orders.CustomerID = n
Orders.OrderDate = "20250105"
HAjoute(Orders)
Orders.OrderDate = "20250301"
HAjoute(Orders)
Orders.CustomerID = m
Orders.OrderDate = "20250201"
HAjoute(Orders)
HFiltre(Orders, CustomerDate, [n, hValMin], [n, hValMax])
POUR TOUT Orders
	Trace(Orders.OrderDate)                           // expect: 20250105
	                                                  // expect: 20250301
FIN
HDésactiveFiltre(Orders)
HFiltre(Orders, CustomerDate, [n, hValMin], [n, "20250201"])
POUR TOUT Orders
	Trace("à", Orders.OrderDate)                      // expect: à, 20250105
FIN
HDésactiveFiltre(Orders)
HFiltre(Customer, CityName, ["Paris", hValMin], ["Paris", hValMax])
POUR TOUT Customer
	Trace(Customer.Name)                              // expect: Dupont
	                                                  // expect: Yves
	                                                  // expect: Zoé
FIN
HDésactiveFiltre(Customer)
Trace(HLitRecherchePremier(Orders, CustomerDate, [m, hValMin]), Orders.OrderDate)   // expect: 1, 20250201
