// (method b) Orders by city: the project's query REQ_OrdersOfCity, its parameters given
// as REQ_OrdersOfCity.pCity / .pMinTotal, run twice with other values, then the minimum
// set to Null: its condition is left out
FOR EACH sCustomer, nIndex OF ["Smith|Leeds", "Brown|York", "Adams|leeds"]
	HReset(Customer)
	Customer.Name = ExtractString(sCustomer, 1, "|")
	Customer.City = ExtractString(sCustomer, 2, "|")
	HAdd(Customer)
	LOOP (2)
		HReset(Orders)
		Orders.CustomerID = Customer.CustomerID
		Orders.OrderDate = "20241105"
		Orders.Total = nIndex * 40 + HNbRec(Orders) * 10
		HAdd(Orders)
	END
END
Statement("Leeds", 50)
// expect: == Leeds (>= 50)
// expect: Smith, 2, 50
// expect: Adams, 5, 160
// expect: Adams, 6, 170
// expect: total: 380
Statement("York", 0)
// expect: == York (>= 0)
// expect: Brown, 3, 100
// expect: Brown, 4, 110
// expect: total: 210
// the values stay set from one run to the next (pCity is still "York")
REQ_OrdersOfCity.pMinTotal = Null
IF HExecuteQuery(REQ_OrdersOfCity) THEN
	Trace("no minimum: " + HNbRec(REQ_OrdersOfCity) + " order(s)")  // expect: no minimum: 2 order(s)
END

PROCEDURE Statement(sCity is string, mMinimum is currency)
REQ_OrdersOfCity.pCity = sCity
REQ_OrdersOfCity.pMinTotal = mMinimum
IF NOT HExecuteQuery(REQ_OrdersOfCity) THEN
	Error(HErrorInfo())
	RETURN
END
mSum is currency
Trace("== " + sCity + " (>= " + mMinimum + ")")
FOR EACH REQ_OrdersOfCity
	Trace(REQ_OrdersOfCity.Name, REQ_OrdersOfCity.OrderID, REQ_OrdersOfCity.Total)
	mSum += REQ_OrdersOfCity.Total
END
Trace("total: " + mSum)
