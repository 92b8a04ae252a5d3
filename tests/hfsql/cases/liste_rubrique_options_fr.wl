// Les options de HListeRubrique : hLstDétail, hLstTrié, les sélecteurs, hLstTout
s est une chaîne = HListeRubrique(Orders, hLstDétail)
Trace(Remplace(ExtraitChaîne(s, 2, RC), TAB, "|"))  // expect: CustomerID|2062|19|8|1|
Trace(Remplace(HListeRubrique(Orders, hLstTrie), RC, ","))
// expect: CustomerID,InvoiceNum,OrderDate,OrderID,Status,Total
Trace(Remplace(HListeRubrique(Orders, HLSTCLÉ), RC, ","))       // expect: OrderID,CustomerID,OrderDate
Trace(Remplace(HListeRubrique(Orders, hLstRubrique), RC, ","))  // expect: Total,Status,InvoiceNum
Trace(Taille(HListeRubrique(Orders, hLstMémo)))                 // expect: 0
Trace(Remplace(HListeRubrique(Orders, hLstCleComposee), RC, ",")) // expect: CustomerDate
Trace(Remplace(HListeRubrique(Customer, hLstMémo), RC, ","))   // expect: Notes
Trace(Remplace(HListeRubrique(Orders, hLstTout), RC, ","))
// expect: OrderID,CustomerID,OrderDate,Total,Status,InvoiceNum,CustomerDate
Trace(Remplace(HListeRubrique(Orders, hLstNormal), RC, ","))
// expect: OrderID,CustomerID,OrderDate,Total,Status,InvoiceNum
