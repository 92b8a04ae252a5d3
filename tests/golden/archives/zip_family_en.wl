// the rest of the zip family (docs/builtins.md "Archives"): zipPassword ?3082053,
// zipCompressionLevel ?3082054, zipChangePath ?3082027, zipDeleteFileList ?3082049,
// zipExtractFileList ?1000017234, zipInfoFile ?1000019092, zipSplit ?3082020, zipMerge ?3082046
dir is string = CompleteDir(fTempPath()) + "wl_golden_zipmore_" + Random(1, 999999999)
fMakeDir(fBuildPath(dir, "src"))
fSaveText(fBuildPath(dir, "a", "txt"), "alpha")
fSaveText(fBuildPath(dir, "src\b", "txt"), Repeat("bravo ", 4000))
a is zipArchive
Trace(zipCreate(a, fBuildPath(dir, "all", "zip")), zipCompressionLevel(a, 0), zipAddFile(a, fBuildPath(dir, "a", "txt"))) // expect: 0, 0, 0
Trace(zipCompressionLevel(a, 9), zipAddFile(a, fBuildPath(dir, "src\b", "txt")), zipCompressionLevel(a, 10), zipMsgError(28)) // expect: 0, 0, 28, Invalid compression level.
Trace(Replace(zipListFile(a), CR, "|"), zipCurrentFile(a), zipExist(a), zipExist("Nothing")) // expect: a.txt|b.txt, b.txt, 1, 0
// level 0 stores: the compressed size is the size; level 9 compresses 24,000 bytes of "bravo "
info is string = zipInfoFile(a, "a.txt")
Trace(ExtractString(info, 1, TAB), ExtractString(info, 2, TAB), ExtractString(info, 3, TAB), ExtractString(info, 8, TAB)) // expect: a.txt, 5, 5, 0
Trace(zipFileSize(a, 2), zipFileSize(a), Val(ExtractString(zipInfoFile(a, 2), 3, TAB)) < 1000, "[" + zipInfoFile(a, 9) + "]") // expect: 24000, 24005, 1, []
Trace(zipChangePath(a, "a.txt", "docs\first.txt"), Replace(zipListFile(a), CR, "|")) // expect: 0, docs\first.txt|b.txt
Trace(zipExtractFileList(a, "DOCS\FIRST.TXT" + CR + "b.txt", fBuildPath(dir, "out")), fLoadText(fBuildPath(dir, "out\docs\first", "txt"))) // expect: 0, alpha
Trace(zipExtractFileList(a, "b.txt" + CR + "none.txt", fBuildPath(dir, "out2")), fDirectoryExist(fBuildPath(dir, "out2"))) // expect: 7, 0
// multi-part archives: parts of 1,000 bytes, .z01, .z02... beside the first
Trace(zipNbPart(a), zipIsMulti(a), zipNbPartNeeded(a, 100000)) // expect: 1, 0, 1
Trace(zipSplit(a, fBuildPath(dir, "cut", "zip"), 100), zipIsMulti(a), zipNbPart(a) > 1, fFileExist(fBuildPath(dir, "cut", "z01"))) // expect: 0, 1, 1, 1
Trace(zipNbFile(a), zipDeleteAll(a), zipMsgError(13)) // expect: 2, 13, A multi-part archive cannot be changed: merge it first (zipMerge).
Trace(zipExtractFile(a, "b.txt", fBuildPath(dir, "fromparts")), Length(fLoadText(fBuildPath(dir, "fromparts\b", "txt")))) // expect: 0, 24000
Trace(zipMerge(a, fBuildPath(dir, "whole")), zipNbPart(a), zipMerge(a, fBuildPath(dir, "again")), zipMsgError(12)) // expect: 0, 1, 12, The archive is not a multi-part archive.
// a destination without extension takes the archive's (.zip, .z01...); another extension is refused before any part is written (5)
Trace(zipSplit(a, fBuildPath(dir, "noext"), 100), zipNbPart(a) > 1, fFileExist(fBuildPath(dir, "noext", "zip")), fFileExist(fBuildPath(dir, "noext", "z01"))) // expect: 0, 1, 1, 1
Trace(zipMerge(a, fBuildPath(dir, "whole2", "zip")), zipSplit(a, fBuildPath(dir, "other", "wdz"), 100), fFileExist(fBuildPath(dir, "other", "wdz")), zipNbPart(a)) // expect: 0, 5, 0, 1
Trace(zipDeleteFileList(a, "b.txt" + CR + "docs\first.txt"), zipNbFile(a), zipSize(a) > 0) // expect: 0, 0, 1
zipClose(a)
// passwords (?3082053): an archive encrypted with zip 2.0 encryption (made by Info-ZIP's zip -P pw123)
fSaveBuffer(fBuildPath(dir, "enc", "zip"), Decode("UEsDBAoACQAAAIMYIlCr4n8RFgAAAAoAAAAFAAAAcy50eHTTwaAm6BXLHdliHQNCbe7g2Rc94YueUEsHCKvifxEWAAAACgAAAFBLAQIeAwoACQAAAIMYIlCr4n8RFgAAAAoAAAAFAAAAAAAAAAEAAACkgQAAAABzLnR4dFBLBQYAAAAAAQABADMAAABJAAAAAAA=", encodeBASE64))
e is zipArchive
Trace(zipOpen(e, fBuildPath(dir, "enc", "zip")), ExtractString(zipInfoFile(e, 1), 8, TAB), zipExtractAll(e, fBuildPath(dir, "x")), zipMsgError(11)) // expect: 0, 1, 11, The password is missing, wrong or not valid.
Trace(zipPassword(e, "bad"), zipExtractAll(e, fBuildPath(dir, "x")), zipPassword(e, "pw123"), zipExtractAll(e, fBuildPath(dir, "x")), fLoadText(fBuildPath(dir, "x\s", "txt"))) // expect: 0, 11, 0, 0, top secret
// the page's example: a password set, then zipAddFile encrypts the file (zip 2.0 encryption)
Trace(zipPassword(e, "é"), zipAddFile(e, fBuildPath(dir, "a", "txt")), zipNbFile(e), ExtractString(zipInfoFile(e, "a.txt"), 8, TAB)) // expect: 11, 0, 2, 1
Trace(zipPassword(e, "wrong"), zipExtractFile(e, "a.txt", fBuildPath(dir, "y")), zipPassword(e, "pw123"), zipExtractFile(e, "a.txt", fBuildPath(dir, "y")), fLoadText(fBuildPath(dir, "y\a", "txt"))) // expect: 0, 11, 0, 0, alpha
// without a password a file added is stored in clear; the encrypted ones stay encrypted
Trace(zipPassword(e, ""), zipChangePath(e, "a.txt", "b.txt"), ExtractString(zipInfoFile(e, "b.txt"), 8, TAB), ExtractString(zipInfoFile(e, "s.txt"), 8, TAB)) // expect: 0, 0, 1, 1
Trace(zipExtractFile(e, "b.txt", fBuildPath(dir, "z")), zipPassword(e, "pw123"), zipExtractFile(e, "b.txt", fBuildPath(dir, "z")), fLoadText(fBuildPath(dir, "z\b", "txt"))) // expect: 11, 0, 0, alpha
zipClose(e)
fRemoveDir(dir, frRecursive)
Trace(fDirectoryExist(dir)) // expect: 0
