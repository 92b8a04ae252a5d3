// Purchasing run: loads the suppliers, raises orders, submits and approves them
sSuppliers is string = [
	// code;name;payment days
	acme ; acme   supplies;45
	BOLT;bolt and nut  company;
	zed;zed logistics;60
]
Trace(LoadSuppliers(sSuppliers) + " suppliers")
Trace(gaaSuppliers["BOLT"].sName + ", " + gaaSuppliers["BOLT"].nPaymentDays + " days")

arrOrders is array of CPurchaseOrder dynamic

o1 is CPurchaseOrder dynamic = new CPurchaseOrder("ACME", "20261201")
o1.AddLine("P-100", "Pallet", 4, 35.5)
o1.AddLine("p-100", "Pallet", 2, 35.5)		// same reference, other case: merged
o1.AddLine("S-7", "Shrink film", 10, 12.9)
ArrayAdd(arrOrders, o1)

o2 is CPurchaseOrder dynamic = new CPurchaseOrder("BOLT")
o2.AddLine("B-M8", "M8 bolts (box of 500)", 30, 41.2)
ArrayAdd(arrOrders, o2)

o3 is CPurchaseOrder dynamic = new CPurchaseOrder("ZED", "20261130")
o3.AddLine("TRUCK", "Truck rental (month)", 3, 3950)
ArrayAdd(arrOrders, o3)

// a refused line does not stop the run
o3.AddLine("FUEL", "Fuel", 0, 1.85)
IF ErrorOccurred THEN Trace("refused: " + ErrorInfo(errMessage))

FOR EACH o OF arrOrders
	o.Submit()
END

// approvals: the manager then the director
FOR EACH o OF arrOrders
	appr is IApprovable = o
	IF appr.RequiredLevel() > 0 AND NOT appr.Approve("Manager Ann", 1) THEN
		IF NOT appr.Approve("Director Bob", 2) THEN Trace(o.Number + " still waiting")
	END
END

// approving twice is an error the caller sees
o1.Approve("Manager Ann", 1)
IF ErrorOccurred THEN Trace(ErrorInfo(errMessage))

mTotal is currency
FOR EACH o OF arrOrders
	Trace(o.Describe())
	mTotal += o.TotalInclTax()
END
Trace("Total incl. tax: " + FormatAmount(mTotal, "EUR", 0))
Trace(o3.History())
Trace("Documents: " + CPurchaseDocument::nDocuments)
Trace("Payment of " + o1.Number + ": " + DateToString(o1.PaymentDue("20261215"), "DD/MM/YYYY"))

// an empty order cannot be submitted, an unknown supplier has no due date
o4 is CPurchaseOrder dynamic = new CPurchaseOrder("NOBODY", "20261202")
WHEN EXCEPTION IN
	o4.Submit()
DO
	Trace("exception " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	o4.PaymentDue("20261202")
DO
	Trace(ExceptionInfo(errMessage))
END
