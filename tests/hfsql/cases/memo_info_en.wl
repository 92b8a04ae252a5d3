// HInfoMemo: type, file name, size and information of a memo in the buffer
fd is File Description
id is Item Description
fd..Name = "Photo"
id..Name = "PhotoID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Picture"
id..Type = hItemBinaryMemo
HDescribeItem(fd, id)
id..Name = "Caption"
id..Type = hItemMemoText
HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Photo)
sIn is string = fTempFile()
fSaveBuffer(sIn, Charact(0) + Charact(255) + "PNG" + Charact(10))
HReset(Photo)
Trace("[" + HInfoMemo(Photo, Picture) + "]")              // expect: []
HAttachMemo(Photo, Picture, sIn, hMemoImg, "holiday")
sInfo is string = HInfoMemo(Photo, Picture)
Trace(ExtractString(sInfo, 1, TAB), ExtractString(sInfo, 3, TAB), ExtractString(sInfo, 4, TAB))
// expect: IMG, 6, holiday
Trace(ExtractString(sInfo, 2, TAB) = fExtractPath(sIn, fFileName + fExtension))   // expect: 1
fSaveText(sIn, "Grüße")
HAttachMemo(Photo, Caption, sIn)
Trace(Replace(HInfoMemo(Photo, Caption), TAB, "|") = "TXT|" + fExtractPath(sIn, fFileName + fExtension) + "|7|")   // expect: 1
HAdd(Photo)
Trace(ExtractString(HInfoMemo(Photo, Caption), 1, TAB))   // expect: TXT
Trace(ExtractString(HInfoMemo(Photo, Picture), 4, TAB))   // expect: holiday
// read back from the database: what the column holds
HReadFirst(Photo)
Trace(Replace(HInfoMemo(Photo, Picture), TAB, "|"))       // expect: BIN||6|
Trace(HInfoMemo(Photo, PhotoID), HError() <> 0)           // expect: , 1
fDelete(sIn)
// a binary memo given a string holding a Buffer's bytes (s = buf reads them as ANSI:
// byte 0x80 is "€"): its bytes, in the buffer, the database and the extracted file
// (HInfoMemo and HExtractMemo stopped with a Python error, the column held "?")
bBytes is Buffer = HexaToBuffer("8000509C")
sHeld is string = bBytes
HReset(Photo)
Photo.Picture = sHeld
Trace(ExtractString(HInfoMemo(Photo, Picture), 3, TAB))   // expect: 4
sOut is string = fTempFile()
Trace(HExtractMemo(Photo, Picture, sOut), BufferToHexa(fLoadBuffer(sOut)))   // expect: 1, 80 00 50 9C
HAdd(Photo)
HReadLast(Photo, PhotoID)
Trace(BufferToHexa(Photo.Picture))                        // expect: 80 00 50 9C
fDelete(sOut)
