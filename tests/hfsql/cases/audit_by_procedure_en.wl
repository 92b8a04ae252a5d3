// (method b) An audit trail written by a procedure called instead of HModify, as a WINDEV
// developer writes it without a trigger: the new values kept (HRecordToJSON, a Record of
// Customer), the record read again as it is in the file (HRead on HRecNum), each item
// compared through indirection {"Customer." + sItem}, one line per changed value, then
// the buffer put back and HModify; nothing changed: no write.
// French twin: journal_par_procedure_fr.wl.
garrAudit is array of strings
HReset(Customer)
Customer.Name = "Durand"
Customer.City = "Lyon"
Customer.Balance = 10
HAdd(Customer)
HReadSeekFirst(Customer, Name, "Durand")
Customer.City = "Nice"
Customer.Balance = 12.5
Trace(ModifyWithAudit("jdupont"))                    // expect: 1
HReadSeekFirst(Customer, Name, "Durand")
Trace(ModifyWithAudit("jdupont"))                    // expect: 0
HReadSeekFirst(Customer, Name, "Durand")
Customer.VIP = True
Trace(ModifyWithAudit("mmartin"))                    // expect: 1
Trace(ArrayToString(garrAudit, CR))
// expect: jdupont;City;Lyon;Nice
// expect: jdupont;Balance;10;12.5
// expect: mmartin;VIP;0;1
HReadSeekFirst(Customer, Name, "Durand")
Trace(Customer.City, Customer.Balance, Customer.VIP)  // expect: Nice, 12.5, 1

PROCEDURE ModifyWithAudit(LOCAL sUser is string) : boolean
// the new values, then the record as it is in the file
jNew is JSON = HRecordToJSON(Customer)
recNew is Record of Customer = Customer
IF NOT HRead(Customer, HRecNum(Customer)) THEN RESULT False
nChanges is int
FOR EACH STRING sItem OF HListItem(Customer) SEPARATED BY CR
	sBefore is string = {"Customer." + sItem}
	sAfter is string = jNew[sItem]
	IF sBefore <> sAfter THEN
		ArrayAdd(garrAudit, sUser + ";" + sItem + ";" + sBefore + ";" + sAfter)
		nChanges++
	END
END
Customer = recNew
IF nChanges = 0 THEN RESULT False
RESULT HModify(Customer)
