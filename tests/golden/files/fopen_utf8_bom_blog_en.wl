// PC SOFT's blog post on writing a UTF-8 byte-order mark from WLanguage (blogs.pcsoft.fr,
// 7 October 2020), case 1 (a project of ANSI strings), with the English names: fOpen with
// foCreate makes an ANSI file where fWrite writes the mark as it is and fWriteLine the
// text StringToUTF8 made without encoding it again; fSaveText of the mark + StringToUTF8
// gives the same bytes. The file in the temporary folder. French twin (the code as the
// post writes it) fouvre_bom_utf8_blog_fr.wl.
BOM_UTF is Buffer = Charact(0xEF)+Charact(0xBB)+Charact(0xBF)
sMyData is ANSI string = "Mes données"
let sFileName = fTempPath()+[fSep]+"fOpen-With-BOM-UTF-8.txt"
let hFile = fOpen(sFileName, foCreate)
fWrite(hFile, BOM_UTF)
fWriteLine(hFile, StringToUTF8(sMyData))
fClose(hFile)
Trace(BufferToHexa(fLoadBuffer(sFileName), NoGrouping, NoLine)) // expect: EFBBBF4D657320646F6E6EC3A965730D0A
hFile = fOpen(sFileName, foRead)
Trace(fReadLine(hFile)) // expect: Mes données
fClose(hFile)
fSaveText(sFileName, BOM_UTF+StringToUTF8(sMyData))
Trace(BufferToHexa(fLoadBuffer(sFileName), NoGrouping, NoLine)) // expect: EFBBBF4D657320646F6E6EC3A96573
Trace(fLoadText(sFileName)) // expect: Mes données
fDelete(sFileName)
