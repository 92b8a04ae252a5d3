// (method b) An audit trail written on every HModify, as a WINDEV developer writes it:
// a trigger before HModify on Customer (HDescribeTrigger) reads the old version through
// an alias (HAlias, HRead on the same record number), compares item by item (HListItem,
// { } indirection) and writes one line per changed value into an Audit file described
// in code (old and new values). French twin: journal_modifications_fr.wl.
DescribeAudit()
HCreationIfNotFound(Audit)
HAlias(Customer, "Customer_Before")
HDescribeTrigger("Customer", "HModify", "AuditTrigger", hTriggerBefore)

HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
Customer.Balance = 100
HAdd(Customer)

HReadSeekFirst(Customer, Name, "Dupont")
Customer.City = "Villeurbanne"
Customer.Balance = 150.5
HModify(Customer)
// a modification that changes nothing writes nothing
HModify(Customer)
Customer.Name = "DUPONT"
HModify(Customer)
Trace(Customer.Name, Customer.City)                            // expect: DUPONT, Villeurbanne

FOR EACH Audit ON AuditID
	Trace(Audit.FileName, Audit.RecNum, Audit.Item, Audit.Before, Audit.After)
END
// expect: Customer, 1, City, Lyon, Villeurbanne
// expect: Customer, 1, Balance, 100, 150.5
// expect: Customer, 1, Name, Dupont, DUPONT
Trace(HNbRec(Audit))                                           // expect: 3
HDeleteTrigger("Customer", "HModify", hTriggerBefore)
Customer.City = "Lyon"
HModify(Customer)
Trace(HNbRec(Audit))                                           // expect: 3

PROCEDURE AuditTrigger()
sFile is string = H.FileName
nRec is int = HRecNum(sFile)
IF NOT HRead("Customer_Before", nRec) THEN RETURN
FOR EACH STRING sItem OF HListItem(sFile) SEPARATED BY CR
	sBefore is string = {"Customer_Before." + sItem}
	sAfter is string = {sFile + "." + sItem}
	IF sBefore <> sAfter THEN
		Audit.FileName = sFile
		Audit.RecNum = nRec
		Audit.Item = sItem
		Audit.Before = sBefore
		Audit.After = sAfter
		Audit.At = SysDateTime()
		HAdd(Audit)
	END
END

PROCEDURE DescribeAudit()
fd is File Description
itm is Item Description
fd..Name = "Audit"
itm..Name = "AuditID"
itm..Type = hItemAutoID
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
FOR EACH STRING sName OF "FileName,Item,Before,After" SEPARATED BY ","
	itm..Name = sName
	itm..Type = hItemText
	itm..Size = 50
	itm..KeyType = hNotAKey
	HDescribeItem(fd, itm)
END
itm..Name = "RecNum"
itm..Type = hItemInt
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
HDescribeFile(fd)
