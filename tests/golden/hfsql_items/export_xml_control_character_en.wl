// HExportXML and HRecordToXML refuse a value holding a character XML 1.0 cannot hold
// (U+0000 to U+001F but tab, LF and CR), in words naming it and the item, as the XML
// writer does (docs/builtins.md "Control characters in XML"): it was written raw, and
// the file was one no reader takes back, HImportXML and XMLOpen included. The export is
// an H* failure: False, HErrorInfo says why, no file written (*decided* 6 Dec 2026, FS,
// INFERRED: docs/hfsql.md "Text and XML files"). French twin
// export_xml_caractere_de_controle_fr.wl.
fd is File Description
itm is Item Description
fd..Name = "Memo"
itm..Name = "Ref" ; itm..Type = hItemText ; itm..Size = 10 ; itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "Note" ; itm..Type = hItemText ; itm..Size = 40 ; itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Memo)
Memo.Ref = "A1" ; Memo.Note = "tab" + TAB + "ok" ; HAdd(Memo)
sXml is string = fTempPath() + ["/"] + "wl_golden_hexportxml_" + GetUUID() + ".xml"
Trace(HExportXML(Memo, sXml), Contains(fLoadText(sXml), "<Note>tab" + TAB + "ok</Note>")) // expect: 1, 1
fDelete(sXml)
Memo.Ref = "B2" ; Memo.Note = "bell" + Charact(7) ; HAdd(Memo)
Trace(HExportXML(Memo, sXml), fFileExist(sXml)) // expect: 0, 0
Trace(HErrorInfo(hErrMessage)) // expect: HExportXML: the item Note holds the character U+0007 (Charact(7)), which an XML 1.0 document cannot hold, neither as it is nor as a character reference: remove or replace it before writing the document.
Trace(HRecordToXML(Memo) = "", Contains(HErrorInfo(hErrMessage), "U+0007")) // expect: 1, 1
HReadSeekFirst(Memo, Ref, "A1")
Trace(HRecordToXML(Memo)) // expect: <Memo><Ref>A1</Ref><Note>tab	ok</Note></Memo>
