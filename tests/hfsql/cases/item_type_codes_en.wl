// An item's type is one number wherever a program meets it: the hItem... constants,
// ..Type, the third field of HListItem(File, hLstDetail) and the second of HInfoItem
// carry the codes of PC SOFT's HFConstant.h (eHITEMTYPE: text 2, 4-byte integer 5,
// 8-byte real 7, time 11, date 14, text memo 15, currency 17, 8-byte integer 19,
// date-time 24, boolean 27, Unicode text 29, automatic identifier 1; binary memo 16).
// Before, the constants were wlinterp's own 1 to 13 while HListItem and HInfoItem gave
// the analysis's codes, so `Val(ExtractString(HInfoItem(...), 2, TAB)) = hItemDate`
// was false and an automatic identifier was 24 there, 9 in hItemAutoID.
Trace(hItemText, hItemInt, hItemReal, hItemCurrency, hItemDate, hItemTime, hItemDateTime)
// expect: 2, 5, 7, 17, 14, 11, 24
Trace(hItemBoolean, hItemAutoID, hItemMemoText, hItemInt8, hItemUnicodeText, hItemBinaryMemo)
// expect: 27, 1, 15, 19, 29, 16
FOR EACH STRING sLine OF HListItem(Customer, hLstDetail) SEPARATED BY CR
	sName is string = ExtractString(sLine, 1, TAB)
	nListed is int = Val(ExtractString(sLine, 3, TAB))
	Trace(sName, nListed, nListed = Val(ExtractString(HInfoItem(Customer, sName), 2, TAB)))
END
// expect: CustomerID, 1, 1
// expect: Name, 2, 1
// expect: Email, 2, 1
// expect: City, 2, 1
// expect: Société, 2, 1
// expect: BirthDate, 14, 1
// expect: Balance, 17, 1
// expect: VIP, 27, 1
// expect: Notes, 15, 1
Trace(Customer.CustomerID..Type = hItemAutoID, Customer.BirthDate..Type = hItemDate, Customer.VIP..Type = hItemBoolean, Customer.Notes..Type = hItemMemoText)
// expect: 1, 1, 1, 1
// a 1-byte unsigned integer and a 4-byte automatic identifier have codes of their own
// (12, 28) in HListItem; ..Type answers with their kind's constant, which real code tests
Trace(ExtractString(HInfoItem(Orders, "Status"), 2, TAB), Orders.Status..Type = hItemInt)
// expect: 12, 1
Trace(ExtractString(HInfoItem(Orders, "OrderID"), 2, TAB), Orders.OrderID..Type = hItemAutoID)
// expect: 28, 1
// a file described in code: the type given is the one read back, and a code of the header
// that no constant names (3, a 2-byte integer) describes that type
fd is File Description
it is Item Description
fd..Name = "Visit"
Trace(it..Type = hItemText)                     // expect: 1
it..Name = "VisitID" ; it..Type = hItemAutoID ; HDescribeItem(fd, it)
it..Name = "Seen" ; it..Type = hItemDateTime ; HDescribeItem(fd, it)
it..Name = "Rooms" ; it..Type = 3 ; HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Visit)
Trace(Visit.Seen..Type = hItemDateTime, Val(ExtractString(HInfoItem(Visit, "Seen"), 2, TAB)) = hItemDateTime)
// expect: 1, 1
Trace(ExtractString(HInfoItem(Visit, "VisitID"), 2, TAB), ExtractString(HInfoItem(Visit, "Rooms"), 2, TAB), Visit.Rooms..Type = hItemInt)
// expect: 1, 3, 1
