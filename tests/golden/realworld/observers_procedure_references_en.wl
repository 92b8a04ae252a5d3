// Observers: an array of procedure references (and an internal procedure), all called
// for each event published (French twin: observateurs_references_procedures_fr.wl).
garrSubscribers is array of Procedure
garrLog is array of strings
gnCounter is int

Subscribe(MemoryLog)
Subscribe(LowStockAlert)
Subscribe(CountEvents)
INTERNAL PROCEDURE SaleTrace(sEv, v)
	IF sEv = "sale" THEN Trace("sale of", v)
END
Subscribe(SaleTrace)
Publish("stock", 12)
Publish("sale", 3)
Publish("stock", 2)
Publish("ping")
Trace(ArrayCount(garrSubscribers), ArrayCount(garrLog), gnCounter)
Trace(ArrayToString(garrLog, ";"))
// expect: sale of, 3
// expect: ALERT low stock:, 2
// expect: 4, 4, 4
// expect: stock=12;sale=3;stock=2;ping=

PROCEDURE Subscribe(p is Procedure)
Add(garrSubscribers, p)

PROCEDURE Publish(LOCAL sEvent is string, LOCAL vData = Null)
FOR EACH pSubscriber OF garrSubscribers
	pSubscriber(sEvent, vData)
END

PROCEDURE MemoryLog(sEv, vData)
Add(garrLog, sEv + "=" + vData)

PROCEDURE LowStockAlert(sEv, vData)
IF sEv = "stock" _AND_ vData < 5 THEN Trace("ALERT low stock:", vData)

PROCEDURE CountEvents(sEv, vData)
gnCounter++
