// zipExtractFile "in memory" (?3082019: the result is then the buffer holding the
// extracted file): with zipMemory (name INFERRED, docs/builtins.md "Archives") the file
// is not written anywhere; a file the archive lacks gives its error code
sDir is string = fTempPath() + fSep() + "wl_zipmem_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + fSep() + "Invoice.csv", "id;total" + CR + "1;12.50")
Arch is zipArchive
zipCreate(Arch, sDir + fSep() + "Archive.zip")
zipAddFile(Arch, sDir + fSep() + "Invoice.csv")
fDelete(sDir + fSep() + "Invoice.csv")
bufFile is Buffer = zipExtractFile(Arch, "Invoice.csv", zipMemory)
Trace(Length(bufFile), ExtractLine(bufFile, 2)) // expect: 17, 1;12.50
Trace(fFileExist(sDir + fSep() + "Invoice.csv")) // expect: 0
Trace(zipCurrentFile(Arch)) // expect: Invoice.csv
nErr is int = zipExtractFile(Arch, "Missing.csv", zipMemory)
Trace(nErr, zipMsgError(nErr)) // expect: 7, The file was not found in the archive.
// the method form, by index
Trace(Arch.ExtractFile(1, zipMemory) = bufFile) // expect: 1
zipClose(Arch)
fRemoveDir(sDir, frRecursive)
