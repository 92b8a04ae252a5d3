// HPrepareQuery: a project query declared with its parameters, run later by HExecuteQuery
// alone (INFERRED); HListAnalysis: the analyses of a folder (INFERRED from the C API
// header); HIndexingInProgress: no reindexation is ever in progress here (-1, UNVERIFIED)
HReset(Customer)
Customer.Name = "Ada"
Customer.City = "Paris"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = 1
Orders.Total = 50
HAdd(Orders)
Orders.Total = 5
HAdd(Orders)
Trace(HPrepareQuery(REQ_OrdersOfCity, hQueryDefault, "Paris", 10))   // expect: 1
Trace(HExecuteQuery(REQ_OrdersOfCity), HNbRec(REQ_OrdersOfCity))     // expect: 1, 1
HReadFirst(REQ_OrdersOfCity)
Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.Total)                 // expect: Ada, 50
REQ_OrdersOfCity.pMinTotal = 1
Trace(HExecuteQuery(REQ_OrdersOfCity), HNbRec(REQ_OrdersOfCity))     // expect: 1, 2
Trace(HPrepareQuery("REQ_Nowhere"), HError() <> 0, ErrorOccurred)    // expect: 0, 1, 1
// HListAnalysis
sDir is string = fTempPath() + fSep() + "wl_analyses_" + GetUUID()
fMakeDir(sDir)
fSaveText(sDir + fSep() + "b.xdd", "<ANALYSE/>")
fSaveText(sDir + fSep() + "a.wdd", "")
fSaveText(sDir + fSep() + "notes.txt", "")
Trace(HListAnalysis(sDir) = sDir + fSep() + "a.wdd" + CR + sDir + fSep() + "b.xdd")   // expect: 1
Trace(HListAnalysis(sDir, ";") = sDir + fSep() + "a.wdd;" + sDir + fSep() + "b.xdd")  // expect: 1
Trace(HListAnalysis(sDir + fSep() + "none"), HError() <> 0, ErrorOccurred)   // expect: , 1, 1
fDelete(sDir + fSep() + "*.*")
fRemoveDir(sDir)
// HIndexingInProgress
Trace(HReindex(Customer), HIndexingInProgress(Customer), HIndexingInProgress())   // expect: 1, -1, -1
