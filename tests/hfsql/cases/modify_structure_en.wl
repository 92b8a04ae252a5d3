// HModifyStructure (?1000019439): the table of a data file gets the items and keys its description
// gained (decided: docs/hfsql.md "HModifyStructure"); a column dropped from the
// description is kept with its data
fd is File Description
id is Item Description
fd..Name = "Memo"
id..Name = "Title"
id..Type = hItemText
id..Size = 30
id..KeyType = hDuplicatesKey
HDescribeItem(fd, id)
id..Name = "Old"
id..KeyType = hNotAKey
HDescribeItem(fd, id)
HDescribeFile(fd)
HReset(Memo)
Memo.Title = "first"
Memo.Old = "kept"
HAdd(Memo)
// the description changes: Old goes, Pages (a key, default 7) comes
fd2 is File Description
fd2..Name = "Memo"
id..Name = "Title"
id..KeyType = hDuplicatesKey
HDescribeItem(fd2, id)
id..Name = "Pages"
id..Type = hItemInt
id..KeyType = hDuplicatesKey
id..DefaultValue = 7
HDescribeItem(fd2, id)
HDescribeFile(fd2)
Trace(HCheckStructure(Memo, 1), HError() <> 0)          // expect: -1, 1
Trace(HModifyStructure(Memo))                           // expect: 1
Trace(HReadFirst(Memo, Title), Memo.Title, Memo.Pages)  // expect: 1, first, 7
HReset(Memo)
Memo.Title = "second"
Memo.Pages = 3
HAdd(Memo)
Trace(HReadFirst(Memo, Pages), Memo.Title)              // expect: 1, second
// the column the description lost is still in the table, with its data
Trace(HCheckStructure(Memo, 1))                         // expect: -1
Trace(Position(Lower(HErrorInfo()), "has a column old") > 0)   // expect: 1
// every file (nothing to change in the shop's), and the page's example's option
Trace(HModifyStructure("*"), HModifyStructure(Customer, hmsBackgroundTask))   // expect: 1, 1
Trace(HModifyStructure(Orders, hmsNormal + hmsNoCheck, "", False))   // expect: 1
