// An item's key type as HInfoItem (fourth field) and HListItem(File, hLstDetail) (second
// field) give it is the value of the constant ..KeyType was set to: hNotAKey,
// hUniqueKey, hDuplicatesKey (HFConstant.h's 2060-2062), so a program can compare them.
fd is File Description
itm is Item Description
fd..Name = "Part"
itm..Name = "Ref" ; itm..Type = hItemText ; itm..Size = 10 ; itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "Family" ; itm..Type = hItemText ; itm..Size = 20 ; itm..KeyType = hDuplicatesKey
HDescribeItem(fd, itm)
itm..Name = "Price" ; itm..Type = hItemCurrency ; itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Part)
Trace(Val(ExtractString(HInfoItem(Part, "Ref"), 4, TAB)) = hUniqueKey)          // expect: 1
Trace(Val(ExtractString(HInfoItem(Part, "Family"), 4, TAB)) = hDuplicatesKey)   // expect: 1
Trace(Val(ExtractString(HInfoItem(Part, 3), 4, TAB)) = hNotAKey)                // expect: 1
sList is string = HListItem(Part, hLstDetail)
FOR EACH STRING sLine OF sList SEPARATED BY CR
	Trace(ExtractString(sLine, 1, TAB), ExtractString(sLine, 2, TAB))
END
// expect: Ref, 2061
// expect: Family, 2062
// expect: Price, 2060
