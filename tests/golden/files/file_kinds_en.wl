// fContentType (from the extension, Python's own table) and fIsImage (the first bytes)
Trace(fContentType("invoice.pdf"), fContentType("C:\Photos\logo.PNG"), fContentType("page.html"))   // expect: application/pdf, image/png, text/html
Trace(fContentType("data.json"), fContentType("table.csv"), fContentType("archive.zip"))   // expect: application/json, text/csv, application/zip
Trace(fContentType("noextension"), fContentType("file.unknownext"))   // expect: application/octet-stream, application/octet-stream
sDir is string = fTempPath() + "/wlkinds_" + GetUUID()
fMakeDir(sDir)
fSaveBuffer(sDir + "/a.png", HexaToBuffer("89504E470D0A1A0A0000000D49484452"))
fSaveBuffer(sDir + "/b.jpg", HexaToBuffer("FFD8FFE000104A464946"))
fSaveBuffer(sDir + "/c.gif", "GIF89a" + Charact(1) + Charact(0))
fSaveText(sDir + "/d.png", "not an image at all")
Trace(fIsImage(sDir + "/a.png"), fIsImage(sDir + "/b.jpg"), fIsImage(sDir + "/c.gif"), fIsImage(sDir + "/d.png"))   // expect: 1, 1, 1, 0
Trace(fIsImage(sDir + "/none.png"), ErrorOccurred)   // expect: 0, 1
// a path holding a NUL character is no file (was an internal error)
Trace(fIsImage("a" + Charact(0) + "b.png"), ErrorOccurred)   // expect: 0, 1
fDelete(sDir + "/a.png"); fDelete(sDir + "/b.jpg"); fDelete(sDir + "/c.gif"); fDelete(sDir + "/d.png")
fRemoveDir(sDir)
