// a zipArchive's properties beside ..Count: ..Size (zipSize), ..Path (the file it was
// opened or created on), ..CompressionLevel (zipCompressionLevel, read and given a
// value), ..Password (zipPassword, given a value only: never read back). Before the
// archive is opened: -1, "" and -1. A value the function refuses stops the run with
// zipMsgError's sentence. *Decided* (the type's page is not stored): docs/builtins.md
// "zipArchive properties". They stopped with "A value of type zipArchive has no property".
dir is string = CompleteDir(fTempPath()) + "wl_golden_zipprops_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(fBuildPath(dir, "a", "txt"), Repeat("alpha ", 500))
MyArchive is zipArchive
Trace(MyArchive..Size, "[" + MyArchive..Path + "]", MyArchive..CompressionLevel) // expect: -1, [], -1
Trace(MyArchive.Create(fBuildPath(dir, "props", "zip"))) // expect: 0
Trace(MyArchive..Path = fBuildPath(dir, "props", "zip"), MyArchive..CompressionLevel) // expect: 1, 6
MyArchive..CompressionLevel = 0
MyArchive..Password = "s3cret"
MyArchive.AddFile(fBuildPath(dir, "a", "txt"))
// stored (level 0) and encrypted (the 8th field of zipInfoFile: 1)
Trace(MyArchive..CompressionLevel, MyArchive..Size = MyArchive.Size(), MyArchive..Size > 3000) // expect: 0, 1, 1
Trace(ExtractString(MyArchive.InfoFile(1), 8, TAB)) // expect: 1
WHEN EXCEPTION IN
	MyArchive..CompressionLevel = 12
DO
	Trace(ExceptionInfo()) // expect: A zipArchive's CompressionLevel cannot be given this value: Invalid compression level.
END
WHEN EXCEPTION IN
	Trace(MyArchive..Password)
DO
	Trace(ExceptionInfo()) // expect: A zipArchive's Password is given a value, never read: a password is not read back (zipPassword sets it too).
END
MyArchive.Close()
fRemoveDir(dir, frRecursive)
