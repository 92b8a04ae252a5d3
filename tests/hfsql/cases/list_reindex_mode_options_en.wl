// Options of HListFile, HReindex and HMode from HFConstant.h (docs/builtins.md "Constant
// values"), used as real code does
// HListFile: eHLSTMODE; hLstSorted sorts by name, the options may come alone
Trace(hLstNormal, hLstSorted, hLstDetail, hLstAll, hLstTable)   // expect: 256, 64, 128, 32, 512
Trace(Replace(HListFile(), CR, ","))                            // expect: Customer,Orders,Product
fd is File Description
id is Item Description
fd..Name = "Archive"
id..Name = "Title"
id..Type = hItemText
id..Size = 30
HDescribeItem(fd, id)
HDescribeFile(fd)
Trace(Replace(HListFile("", hLstSorted), CR, ","))               // expect: Archive,Customer,Orders,Product
Trace(Replace(HListFile(hLstSorted + hLstTable), CR, ","))       // expect: Archive,Customer,Orders,Product
Trace(Replace(HListFile("", hLstNormal), CR, ","))               // expect: Customer,Orders,Product,Archive
// an option HListFile does not have (hLstKey) is refused in words
Trace("[" + HListFile("", hLstKey) + "]", Position(HErrorInfo(), "not an option of HListFile") > 0)   // expect: [], 1
// HReindex: eHNDXMODE; the statistics are refreshed unless hNdxNoStat
Trace(hNdxCompact, hNdxNoStat, hNdxNormal, hNdxSilent, hNdxDelete, hNdxMinimal, hNdxCheckMemo, hNdxFullText)   // expect: 1, 2, 4, 8, 16, 32, 64, 512
HReset(Customer)
Customer.Name = "Anna"
Customer.City = "Lyon"
HAdd(Customer)
Trace(HReindex(Customer, hNdxNormal + hNdxSilent), HReindex("*", hNdxNoStat + hNdxCompact))   // expect: 1, 1
Trace(HReadSeekFirst(Customer, City, "Lyon"), Customer.Name)   // expect: 1, Anna
Trace(HReindex(Customer, 0x1000), Position(HErrorInfo(), "not a mode of HReindex") > 0)   // expect: 0, 1
// HMode: eHMODE and eHLOCKMETHOD; the lock method is checked too
Trace(hModeMono, hModeMulti, hLockDirect, hLockReservation)   // expect: 1030, 1031, 1020, 1021
Trace(HMode(Customer, hModeMulti, hLockReservation), HMode(Customer, hModeMono, hLockDirect))   // expect: 1031, 1031
Trace(HMode(Customer, hModeMulti, 1022), Position(HErrorInfo(), "not a lock method") > 0)   // expect: -1, 1
Trace(HMode(hModeMulti))                                       // expect: 1031
