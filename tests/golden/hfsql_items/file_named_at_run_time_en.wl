// A data file described in code whose name is given at run time (fd..Name = sFile: a
// name built or read from the settings): the run knows it once HDescribeFile ran, and
// wl check, which cannot know it, takes a bare name used as a data file (an H*
// function's file, Archive.Item, FOR EACH Archive) for one, as it does without an
// analysis (it was WL101 "not declared" under the analysis beside the program,
// file_named_at_run_time_en.files/stock.xdd, and the run warned "treated as an empty
// variant variable" before using the file). docs/hfsql.md "Files described in code".
Trace(HOpenAnalysis("stock.xdd"))                       // expect: 1
sYear is string = "2026"
sFile is string = "Archive" + sYear
fd is File Description
id is Item Description
fd..Name = sFile
id..Name = "Ref"
id..Type = hItemText
id..Size = 20
id..KeyType = hUniqueKey
HDescribeItem(fd, id)
id..Name = "Amount"
id..Type = hItemCurrency
HDescribeItem(fd, id)
HDescribeFile(fd)
Trace(HCreation(Archive2026))                          // expect: 1
Archive2026.Ref = "A-1"
Archive2026.Amount = 12.5
HAdd(Archive2026)
Archive2026.Ref = "A-2"
Archive2026.Amount = 7
HAdd(Archive2026)
FOR EACH Archive2026
	Trace(Archive2026.Ref, Archive2026.Amount)
END
// expect: A-1, 12.5
// expect: A-2, 7
Trace(HReadSeekFirst(Archive2026, Ref, "A-2"), Archive2026.Amount)   // expect: 1, 7
Trace({sFile + ".Ref"}, HNbRec(sFile))                 // expect: A-2, 2
// the analysis's own files are checked and run as before
Product.ProductID = 1
Product.Label = "Bolt"
Trace(HAdd(Product), HReadSeekFirst(Product, Label, "Bolt"))   // expect: 1, 1
HClose("*")
Trace(HCloseAnalysis())                                 // expect: 1
fDelete("stock.db")
