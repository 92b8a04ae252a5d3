// HDescribeItem reinitializes the Item Description variable (?1514071: "The Item
// description variable is reinitialized and it can be used to describe another file
// item"): a key type, size or default given to one item does not carry over to the next
// item described with the same variable. The unique key set for ProdID made every later
// item a unique key, so adding a second record with an empty Owner was a duplicate.
fd is File Description
it is Item Description
fd..Name = "Prod"
it..Name = "ProdID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
Trace(it..Name = "", it..KeyType = hNotAKey, it..Type = hItemText, it..Size) // expect: 1, 1, 1, 0
it..Name = "Owner" ; it..Size = 30 ; it..DefaultValue = "nobody"
HDescribeItem(fd, it)
it..Name = "Rank" ; it..Type = hItemInt ; it..KeyType = hDuplicatesKey
HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Prod)
FOR i = 1 TO 3
	HReset(Prod)
	Prod.Rank = 4 - i
	Trace(HAdd(Prod), Prod.ProdID)
END
// expect: 1, 1
// expect: 1, 2
// expect: 1, 3
FOR EACH Prod ON Rank
	Trace(Prod.ProdID, Prod.Owner, Prod.Rank)
END
// expect: 3, nobody, 1
// expect: 2, nobody, 2
// expect: 1, nobody, 3
Trace(Val(ExtractString(HInfoItem(Prod, "Owner"), 4, TAB)) = hNotAKey)  // expect: 1
