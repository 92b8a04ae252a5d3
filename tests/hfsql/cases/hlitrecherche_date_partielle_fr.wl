// HLitRecherche sur une rubrique Date : la recherche est générique sur les textes
// seulement, « pas une recherche générique sur les entiers, les réels, les dates, les
// monétaires » (?3044050) : une date partielle ("202501") ne trouve rien, HEnDehors()
// Vrai, et le buffer garde l'enregistrement lu avant ; hGénérique n'en fait pas une.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
POUR TOUT d DE ["20250105", "20250120", "20250203"]
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	Orders.OrderDate = d
	HAjoute(Orders)
FIN
HLitPremier(Orders, OrderID)
Trace(HLitRecherche(Orders, OrderDate, "202501"), HTrouve(Orders), HEnDehors(Orders), Orders.OrderDate)
// expect: 0, 0, 1, 20250105
Trace(HLitRecherche(Orders, OrderDate, "202501", hGénérique), HTrouve(Orders), HEnDehors(Orders))
// expect: 0, 0, 1
Trace(HLitRecherche(Orders, OrderDate, "20250120"), HTrouve(Orders), Orders.OrderDate)
// expect: 1, 1, 20250120
Trace(HLitRecherche(Orders, OrderDate, "2025-01-05"), HTrouve(Orders), Orders.OrderDate)
// expect: 1, 1, 20250105
dVoulue est une Date = "20250203"
Trace(HLitRecherche(Orders, OrderDate, dVoulue), HTrouve(Orders), Orders.OrderDate)
// expect: 1, 1, 20250203
Trace(HLitRecherche(Orders, OrderDate, "20250110"), HTrouve(Orders), HEnDehors(Orders))
// expect: 0, 0, 1
Trace(HLitRecherche(Customer, Name, "a"), HTrouve(Customer), Customer.Name) // expect: 1, 1, A
