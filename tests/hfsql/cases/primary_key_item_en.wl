// hPrimaryKey (KeyType page ?2512060: "Primary key. The value assigned to this item will
// not be null and will only be in the data file", new in version 28) describes a key item
// in code as hUniqueKey does, and refuses a second record with the same value; it was an
// undeclared name (an empty variant: the item was no key at all)
fd is FileDescription
it is ItemDescription
fd..Name = "Country"
it..Name = "Code" ; it..Type = hItemText ; it..Size = 2 ; it..KeyType = hPrimaryKey
HDescribeItem(fd, it)
it..Name = "Label" ; it..Type = hItemText ; it..Size = 30 ; it..KeyType = hNotAKey
HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Country)
Country.Code = "FR" ; Country.Label = "France"
Trace(HAdd(Country)) // expect: 1
Country.Code = "FR" ; Country.Label = "Francia"
Trace(HAdd(Country), HErrorDuplicates()) // expect: 0, 1
Trace(HReadSeekFirst(Country, Code, "FR"), Country.Label) // expect: 1, France
Trace(hPrimaryKey = hUniqueKey) // expect: 0
