// HPrépareRequête: a project query declared with its parameters, run later by HExécuteRequête
// alone (INFERRED); HListeAnalyse: the analyses of a folder (INFERRED from the C API
// header); HRéindexationEnCours: no reindexation is ever in progress here (-1, UNVERIFIED)
HRAZ(Customer)
Customer.Name = "Ada"
Customer.City = "Paris"
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = 1
Orders.Total = 50
HAjoute(Orders)
Orders.Total = 5
HAjoute(Orders)
Trace(HPrépareRequête(REQ_OrdersOfCity, hRequêteDéfaut, "Paris", 10))   // expect: 1
Trace(HExécuteRequête(REQ_OrdersOfCity), HNbEnr(REQ_OrdersOfCity))     // expect: 1, 1
HLitPremier(REQ_OrdersOfCity)
Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.Total)                 // expect: Ada, 50
REQ_OrdersOfCity.pMinTotal = 1
Trace(HExécuteRequête(REQ_OrdersOfCity), HNbEnr(REQ_OrdersOfCity))     // expect: 1, 2
Trace(HPrépareRequête("REQ_Nowhere"), HErreur() <> 0, ErreurDétectée)    // expect: 0, 1, 1
// HListeAnalyse
sDir is string = fTempPath() + fSep() + "wl_analyses_" + GetUUID()
fMakeDir(sDir)
fSaveText(sDir + fSep() + "b.xdd", "<ANALYSE/>")
fSaveText(sDir + fSep() + "a.wdd", "")
fSaveText(sDir + fSep() + "notes.txt", "")
Trace(HListeAnalyse(sDir) = sDir + fSep() + "a.wdd" + CR + sDir + fSep() + "b.xdd")   // expect: 1
Trace(HListeAnalyse(sDir, ";") = sDir + fSep() + "a.wdd;" + sDir + fSep() + "b.xdd")  // expect: 1
Trace(HListeAnalyse(sDir + fSep() + "none"), HErreur() <> 0, ErreurDétectée)   // expect: , 1, 1
fDelete(sDir + fSep() + "*.*")
fRemoveDir(sDir)
// HRéindexationEnCours
Trace(HRéindexe(Customer), HRéindexationEnCours(Customer), HRéindexationEnCours())   // expect: 1, -1, -1
