// zipDeleteFile on a .tar / .tgz archive: refused with code 5, as its page says
// (?3082041: TAR and TGZ archives cannot have files deleted); zipDeleteFileList and
// zipDeleteAll the same (INFERRED); the archive is left whole. Before, wlinterp rewrote
// the archive without the file. A .zip still deletes. Then zipExtractAll with the
// page's parameters (?3082011, `.ExtractAll` ?1000019085: destination, options,
// procedure, progress): four were refused ("expects 1 to 3 parameter(s)"); the options
// are accepted; the procedure chooses the files (zip_extract_filter_en.wl), Kept lets
// every one through (docs/builtins.md "Archives").
sDir is string = CompleteDir(fTempPath()) + "wl_golden_tardel_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\One.txt", "one")
fSaveText(sDir + "\Two.txt", "two")
t is zipArchive
Trace(zipCreate(t, sDir + "\Save.tgz")) // expect: 0
Trace(zipAddFileList(t, sDir + "\One.txt" + CR + sDir + "\Two.txt")) // expect: 0
ResDelete is int = zipDeleteFile(t, "One.txt")
Trace(ResDelete, zipNbFile(t), zipMsgError(ResDelete)) // expect: 5, 2, This archive format is not supported, or not for this operation (wlinterp handles .zip, .tar, .tgz/.tar.gz and .gz; a .tar or .tgz takes no password, compression level, split or file deletion).
Trace(zipDeleteFileList(t, "One.txt" + CR + "Two.txt"), zipDeleteAll(t), zipNbFile(t)) // expect: 5, 5, 2
Trace(t.DeleteFile(1), zipListFile(t) = "One.txt" + CR + "Two.txt") // expect: 5, 1
// extracted with the page's parameters
Trace(zipExtractAll(t, sDir + "\Out", zipNone, Kept)) // expect: 0
Trace(fLoadText(sDir + "\Out\One.txt"), fLoadText(sDir + "\Out\Two.txt")) // expect: one, two
Trace(t.ExtractAll(sDir + "\Out2", 0, Kept, Null)) // expect: 0
Trace(fFileExist(sDir + "\Out2\Two.txt")) // expect: 1
zipClose(t)
// a .zip deletes
z is zipArchive
Trace(zipCreate(z, sDir + "\Save.zip"), zipAddFile(z, sDir + "\One.txt"), zipDeleteFile(z, "One.txt"), zipNbFile(z)) // expect: 0, 0, 0, 0
zipClose(z)
fRemoveDir(sDir, frRecursive)

PROCEDURE Kept(sPath)
RESULT True
