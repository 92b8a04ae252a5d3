// HGèreIntégrité, HGèreDoublon, HTransactionIsolation, HMode, HGèreMémo, HGèreCache,
// HGèreTransaction, HGèreServeur, HVérifieIndex, HVérifieInaltéré
HRAZ(Orders)
Orders.CustomerID = 7
Trace(HGèreIntégrité(Faux), HAjoute(Orders))   // expect: 1, 1
Trace(HGereIntegrite(Vrai), HNbEnr(Orders))     // expect: 0, 1
HRAZ(Orders)
Orders.CustomerID = 8
Trace(HAjoute(Orders), HErreurIntégrité())      // expect: 0, 1
Trace(HGèreIntégrité("*", "*", hCardinalité + hEnModification + hEnSuppression, Vrai))   // expect: 1
Trace(HGèreDoublon(Customer, Email, Vrai), HGèreDoublon(Faux), HErreur() <> 0)   // expect: 1, 0, 1
Trace(HTransactionIsolation(hLectureValidée), HTransactionIsolation("", hLectureRépétable))   // expect: 1, 1
Trace(HTransactionIsolation(hLectureNonValidée), HTransactionIsolation(hSérialisable))   // expect: 1, 1
Trace(HMode(Customer, hModeMono), HMode(Customer, hModeMulti))   // expect: 1031, 1030
Trace(HGèreMémo(Customer, Notes, hMémoNon), HGereMemo(Customer, Notes, hMémoOui))   // expect: 1001, 1000
Trace(HGèreCache(1, 50), HGèreTransaction(Customer, Faux), HGèreServeur("", 2, "x"), HGèreServeur("", 2))
// expect: 1, 1, , x
Trace(HVérifieIndex(Customer), HVerifieIndex())   // expect: 0, 0
Trace(HVérifieInaltéré(Customer), HErreurInfo() <> "")   // expect: 0, 1
