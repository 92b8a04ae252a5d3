// La condition d'HFiltre avec ENTRE ... ET (BETWEEN ... AND) : bornes comprises, comme
// le BETWEEN de SQL ; PAS ENTRE aussi. Elle renvoyait "" avec HErreur. INFERRED : la
// page du langage des conditions n'est pas stockée. docs/hfsql.md "Filters".
HRAZ(Customer)
Customer.Name = "Dupont"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20241231"
Orders.Total = 10
HAjoute(Orders)
Orders.OrderDate = "20250101"
Orders.Total = 25.5
HAjoute(Orders)
Orders.OrderDate = "20250131"
Orders.Total = 50
HAjoute(Orders)
Orders.OrderDate = "20250201"
Orders.Total = 50.01
HAjoute(Orders)
Trace(HFiltre(Orders, "Total ENTRE 10 ET 50"), Comptés())                // expect: , 3
HFiltre(Orders, "OrderDate entre '20250101' et '20250131'")
Trace(Comptés())                                                          // expect: 2
HFiltre(Orders, "OrderDate Entre '2025-01-01' ET '2025-01-31' ET Total > 30")
Trace(Comptés())                                                          // expect: 1
HFiltre(Orders, "Total PAS ENTRE 10 ET 50")
POUR TOUT Orders
	Trace(Orders.Total)                                                   // expect: 50.01
FIN
HDésactiveFiltre(Orders)
Trace(HFiltre(Orders, "Total ENTRE 10"), ErreurDétectée)                 // expect: , 1
Trace(HFiltre(Orders, "Total ENTRE 10 OU 50"), ErreurDétectée)           // expect: , 1
Trace(HFiltre(Orders, "ENTRE 10 ET 50"), ErreurDétectée)                 // expect: , 1

PROCÉDURE Comptés()
n est un entier
POUR TOUT Orders
	n++
FIN
RENVOYER n
