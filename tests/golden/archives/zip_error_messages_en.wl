// zipMsgError: every error code the pages document has its sentence: 1-3 (zipOpen
// ?3082044), 15, 27 and 28 (zipCompressionLevel ?3082054: an archive in CAB format, in
// WDZ format, an invalid level); 0 is no error; a code no page gives says so.
Trace(zipMsgError(0) = "") // expect: 1
Trace(zipMsgError(1)) // expect: The path passed as parameter does not exist.
Trace(zipMsgError(2)) // expect: Access denied: the user has no sufficient rights.
Trace(zipMsgError(3)) // expect: The archive is corrupted.
Trace(zipMsgError(15)) // expect: Archive in CAB format.
Trace(zipMsgError(27)) // expect: Archive in WDZ format.
Trace(zipMsgError(28)) // expect: Invalid compression level.
Trace(zipMsgError(5)) // expect: This archive format is not supported, or not for this operation (wlinterp handles .zip, .tar, .tgz/.tar.gz and .gz; a .tar or .tgz takes no password, compression level, split or file deletion).
Trace(zipMsgError(6)) // expect: Unknown archive error 6.
// a level out of 0-9 gives 28 and its sentence
arch is zipArchive
sPath is string = CompleteDir(fTempPath()) + "wl_zipmsg_" + Random(1, 999999999) + ".zip"
Trace(zipCreate(arch, sPath)) // expect: 0
nErr is int = zipCompressionLevel(arch, 12)
Trace(nErr, zipMsgError(nErr)) // expect: 28, Invalid compression level.
zipClose(arch)
fDelete(sPath)
