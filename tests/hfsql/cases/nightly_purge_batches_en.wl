// (method b) Nightly purge of the orders older than two years, as a WINDEV developer
// writes it: the identifiers picked in batches (FOR EACH ... WHERE ... BREAK), each
// batch deleted in a transaction (HDelete), a count report at the end; then the variant
// HDelete inside the FOR EACH itself, the transaction committed every two deletions.
// French twin: purge_nocturne_lots_fr.wl.
CONSTANT
	BATCH_SIZE = 3
END
gnDeleted is int
dToday is Date = "20251206"
// test data: 8 orders, the first 5 older than 2 years
HReset(Customer)
Customer.Name = "Durand"
HAdd(Customer)
CreateOrders(Customer.CustomerID, dToday, 8, 5)
Trace("Before:", HNbRec(Orders))                             // expect: Before:, 8
nBatches is int = PurgeOrders(dToday - 730)
// expect: Batch 1: 3 order(s)
// expect: Batch 2: 2 order(s)
Trace("Batches:", nBatches, "deleted:", gnDeleted, "left:", HNbRec(Orders))   // expect: Batches:, 2, deleted:, 5, left:, 3
FOR EACH Orders ON OrderID
	Trace(Orders.OrderID, Orders.Total)
END
// expect: 6, 60
// expect: 7, 70
// expect: 8, 80
// nothing more to purge: no batch
Trace(PurgeOrders(dToday - 730), gnDeleted)                  // expect: 0, 5
// the variant: HDelete while browsing, the transaction committed every 2 deletions
CreateOrders(Customer.CustomerID, dToday, 4, 4)
n is int
HTransactionStart()
FOR EACH Orders ON OrderDate
	IF Orders.OrderDate < dToday - 730 THEN
		HDelete(Orders)
		n++
		IF n MODULO 2 = 0 THEN
			HTransactionEnd()
			HTransactionStart()
		END
	END
END
HTransactionEnd()
Trace(n, HNbRec(Orders))                                      // expect: 4, 3

PROCEDURE PurgeOrders(LOCAL dLimit is Date) : int
nCount is int
arrIds is array of int
LOOP
	ArrayDeleteAll(arrIds)
	// pick a batch of identifiers, then delete them in a transaction
	FOR EACH Orders WHERE OrderDate < dLimit
		ArrayAdd(arrIds, Orders.OrderID)
		IF arrIds.Count >= BATCH_SIZE THEN BREAK
	END
	IF arrIds.Count = 0 THEN BREAK
	HTransactionStart()
	FOR EACH nId OF arrIds
		IF HReadSeekFirst(Orders, OrderID, nId) THEN
			IF NOT HDelete(Orders) THEN
				Trace("Failed: " + HErrorInfo())
				HTransactionCancel()
				RESULT -1
			END
			gnDeleted++
		END
	END
	HTransactionEnd()
	nCount++
	Trace("Batch " + nCount + ": " + arrIds.Count + " order(s)")
END
RESULT nCount

PROCEDURE CreateOrders(nCustomer is int, dDay is Date, nNumber is int, nOld is int)
FOR i = 1 _TO_ nNumber
	HReset(Orders)
	Orders.CustomerID = nCustomer
	Orders.OrderDate = (i <= nOld ? dDay - 800 - i ELSE dDay - i)
	Orders.Total = i * 10
	HAdd(Orders)
END
