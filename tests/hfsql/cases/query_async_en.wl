// HExecuteSQLQueryAsynchronous ?1000026095: its example (the connection left out, the
// CLIENT file being our Customer, and the comma the page drops after the SQL text); the
// query and both procedures run before the call returns (decided: no event loop).
AddCustomer("Moore")
AddCustomer("Dupont")
QRY_WDRSQL is Data Source
Trace(HExecuteSQLQueryAsynchronous(QRY_WDRSQL, hQueryDefault, "SELECT * FROM CUSTOMER ORDER BY Name", ...
		MyProcedureForEachRecord, MyFinalProcedure))
// expect: Procedure for processing each RecordDupont
// expect: Procedure for processing each RecordMoore
// expect: Procedure for processing the final result
// expect: The query and the record processing were correctly executed.
// expect: 1

INTERNAL PROCEDURE MyProcedureForEachRecord(rec is Record)
	Trace("Procedure for processing each Record" + rec.Name)
END

INTERNAL PROCEDURE MyFinalProcedure(MyRes is int)
	Trace("Procedure for processing the final result")
	SWITCH MyRes
		CASE heqaOK:
			Trace("The query and the record processing were correctly executed.")
		CASE heqaCanceled:
			Trace ("One process returned False. The query and the procedures have been canceled.")
		OTHER CASE:
			Trace("There was a problem with the procedure or with the execution of the query.")
	END
END

// A per-record procedure returning False cancels the rest: heqaCanceled
nSeen is int
HExecuteSQLQueryAsynchronous("QRY_STOP", "SELECT Name FROM CUSTOMER ORDER BY Name", ...
		StopAtFirst, MyFinalProcedure)
// expect: Procedure for processing the final result
// expect: One process returned False. The query and the procedures have been canceled.
Trace(nSeen)                                   // expect: 1
Trace(heqaError <> heqaOK, heqaError <> heqaCanceled)   // expect: 1, 1
INTERNAL PROCEDURE StopAtFirst(rec is Record)
	nSeen++
	RESULT False
END
// A query that cannot run: False, HError set, no procedure called
Trace(HExecuteSQLQueryAsynchronous("QRY_BAD", "SELECT Nothing FROM Nowhere", ...
		StopAtFirst, MyFinalProcedure))        // expect: 0
Trace(HError() <> 0)                           // expect: 1
Trace(nSeen)                                   // expect: 1
// a third procedure is not dropped without a word (the page takes two)
HExecuteSQLQueryAsynchronous("QRY_3", "SELECT Name FROM CUSTOMER", StopAtFirst, MyFinalProcedure, StopAtFirst)
// expect error: then at most the procedure to call at the end (3 given)

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
Customer.City = "Paris"
HAdd(Customer)
