// Delivery complaints in the style of a real mobile tracking app (its window code, read
// back from the WLanguage the generated code keeps): stores and complaints in data files
// described in code, a complaint saved only when its store is found, its driver
// assigned, `IF HAdd(...) = False`, `WHILE NOT HOut(...)` over a file, an array of
// store ids filled with `.Add`, an array of records sized by the count of complaints,
// handlers kept as an interface and picked out by class with `<-` (Null for another
// class), a SWITCH on the complaint's age.
ISender is Interface
	PROCEDURE Send(sText is string) : boolean
END
CSmsSender is Class
	implements ISender
	sPhone is string
	nSent is int
END
CMailSender is Class
	implements ISender
	sAddress is string
END

fdStore is File Description
fdComplaint is File Description
itm is Item Description
fdStore..Name = "Store"
itm..Name = "StoreID" ; itm..Type = hItemInt ; itm..KeyType = hUniqueKey
HDescribeItem(fdStore, itm)
itm..Name = "StoreName" ; itm..Type = hItemText ; itm..Size = 30 ; itm..KeyType = hNotAKey
HDescribeItem(fdStore, itm)
HDescribeFile(fdStore)
fdComplaint..Name = "Complaint"
itm..Name = "Invoice" ; itm..Type = hItemText ; itm..Size = 12 ; itm..KeyType = hUniqueKey
HDescribeItem(fdComplaint, itm)
itm..Name = "StoreID" ; itm..Type = hItemInt ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdComplaint, itm)
itm..Name = "Problem" ; itm..Type = hItemText ; itm..Size = 40 ; itm..KeyType = hNotAKey
HDescribeItem(fdComplaint, itm)
itm..Name = "Opened" ; itm..Type = hItemDate ; itm..KeyType = hNotAKey
HDescribeItem(fdComplaint, itm)
HDescribeFile(fdComplaint)
HCreation(Store)
HCreation(Complaint)
FOR EACH sName, nRank OF ["Central Market", "Harbour Shop", "North Depot"]
	Store.StoreID = 100 + nRank ; Store.StoreName = sName
	HAdd(Store)
END

// the combo's list: names shown, ids kept apart (as the window does)
arrStoreID is array of int
sShown is string
HReadFirst(Store)
WHILE NOT HOut(Store)
	sShown += [", "] + Store.StoreName
	arrStoreID.Add(Store.StoreID) // the id of each line
	HReadNext(Store)
END
Trace(sShown, arrStoreID..Occurrence) // expect: Central Market, Harbour Shop, North Depot, 3

dToday is Date = "20251228"
Trace(SaveComplaint("F-2025-001", 2, "Stamp missing", dToday - 12)) // expect: saved
Trace(SaveComplaint("F-2025-002", 3, "Order form missing", dToday - 3)) // expect: saved
Trace(SaveComplaint("F-2025-003", 9, "Manager absent", dToday)) // expect: store 9 of 3 is not valid
Trace(SaveComplaint("F-2025-001", 1, "Stamp missing", dToday)) // expect: not saved: F-2025-001 is already recorded

nCount is int = HNbRec(Complaint)
arrOpen is array of nCount Record of Complaint
i is int = 0
FOR EACH Complaint
	i++
	arrOpen[i] = Complaint
END
FOR EACH r OF arrOpen
	HReadSeekFirst(Store, "StoreID", r.StoreID)
	Trace(r.Invoice + " at " + Store.StoreName + ": " + Urgency(dToday - r.Opened))
END
// expect: F-2025-001 at Harbour Shop: overdue (12 days)
// expect: F-2025-002 at North Depot: this week

arrSenders is array of ISender dynamic
arrSenders.Add(new CMailSender)
sms is CSmsSender dynamic = new CSmsSender
sms.sPhone = "+33 6 12 34 56 78"
arrSenders.Add(sms)
FOR EACH s OF arrSenders
	pSms is CSmsSender dynamic <- s
	IF pSms <> Null THEN
		s.Send(StringBuild("%1 complaint(s) open", nCount))
	END
END
Trace(sms.nSent) // expect: 1

PROCEDURE SaveComplaint(LOCAL sInvoice is string, LOCAL nIndex is int, LOCAL sProblem is string, LOCAL dOpened is Date) : string
IF nIndex < 1 OR nIndex > arrStoreID..Occurrence THEN
	RESULT StringBuild("store %1 of %2 is not valid", nIndex, arrStoreID..Occurrence)
END
IF NOT HReadSeekFirst(Store, "StoreID", arrStoreID[nIndex]) THEN RESULT "unknown store"
Complaint.Invoice = sInvoice
Complaint.StoreID = Store.StoreID
Complaint.Problem = sProblem
Complaint.Opened = dOpened
IF HAdd(Complaint) = False THEN
	RESULT "not saved: " + sInvoice + " is already recorded"
END
RESULT "saved"

PROCEDURE Urgency(nDays is int) : string
SWITCH nDays
	CASE 0 TO 7 : RESULT "this week"
	CASE 8 TO 30 : RESULT StringBuild("overdue (%1 days)", nDays)
	OTHER CASE : RESULT "to escalate"
END

PROCEDURE CSmsSender::Send(sText is string) : boolean
:nSent++
RESULT sText <> ""

PROCEDURE CMailSender::Send(sText is string) : boolean
RESULT sText <> ""
