// a zipArchive's ..Count / ..Occurrence: how many files it holds, zipNbFile's answer (-1
// before the archive is opened); read only (INFERRED, docs/builtins.md "Archives": the
// type's page is not stored). It was "A value of type zipArchive has no property 'Count'".
dir is string = CompleteDir(fTempPath()) + "wl_golden_zipcount_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(fBuildPath(dir, "a", "txt"), "alpha")
fSaveText(fBuildPath(dir, "b", "txt"), "bravo")
MyArchive is zipArchive
Trace(MyArchive..Count) // expect: -1
Trace(MyArchive.Create(fBuildPath(dir, "count", "zip")), MyArchive..Count, MyArchive.Count) // expect: 0, 0, 0
MyArchive.AddFile(fBuildPath(dir, "a", "txt"))
MyArchive.AddFile(fBuildPath(dir, "b", "txt"))
Trace(MyArchive..Count, MyArchive..Occurrence, MyArchive.NbFile()) // expect: 2, 2, 2
FOR i = 1 _TO_ MyArchive..Count
	Trace(MyArchive.ExtractPath(i)) // expect: a.txt
	// expect: b.txt
END
MyArchive.DeleteFile("a.txt")
Trace(MyArchive..Count) // expect: 1
MyArchive.Close()
fRemoveDir(dir, frRecursive)
