// HListItem's options: hLstDetail (name, key type, type code, size, array elements,
// caption, TAB-separated), hLstSorted, the selectors, hLstAll with the composite keys
s is string = HListItem(Orders, hLstDetail)
Trace(Replace(ExtractString(s, 2, CR), TAB, "|"))  // expect: CustomerID|2062|19|8|1|
Trace(Replace(ExtractString(s, 4, CR), TAB, "|"))  // expect: Total|2060|17|10|1|
Trace(Replace(HListItem(Orders, hLstSorted), CR, ","))
// expect: CustomerID,InvoiceNum,OrderDate,OrderID,Status,Total
Trace(Replace(HListItem(Orders, hLstKey), CR, ","))          // expect: OrderID,CustomerID,OrderDate
Trace(Replace(HListItem(Customer, hLstMemo + hLstCompositeKey), CR, ",")) // expect: Notes,CityName
Trace(Replace(HListItem(Orders, hLstItem), CR, ","))         // expect: Total,Status,InvoiceNum
Trace(Replace(HListItem(Orders, hLstCompositeKey), CR, ",")) // expect: CustomerDate
Trace(Replace(HListItem(Orders, hLstAll + hLstSorted), CR, ","))
// expect: CustomerDate,CustomerID,InvoiceNum,OrderDate,OrderID,Status,Total
Trace(Replace(HListItem(Orders, hLstNormal), CR, ","))
// expect: OrderID,CustomerID,OrderDate,Total,Status,InvoiceNum
