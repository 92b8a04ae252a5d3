// An array's properties are ..Occurrence (..Count) and ..Empty: another one stops the
// run at the property's name ("Arrays have no property 'Rows'."), and `wl check` says
// so first there, in the same words (WL109, with the nearest name); it said nothing.
tabOrders is array of 0 by 2 strings
ArrayAddLine(tabOrders, "cb", "120.50")
ArrayAddLine(tabOrders, "vir", "5")
Trace(tabOrders..Occurrence, tabOrders..Empty) // expect: 2, 0
FOR i = 1 _TO_ tabOrders..Rows // expect error: Arrays have no property 'Rows'.
	Trace(tabOrders[i, 1])
END
