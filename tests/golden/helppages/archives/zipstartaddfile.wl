// Help page zipDébutAjoutFichier (?1410091114, new in SaaS 2025; the English name
// zipStartAddFile is INFERRED, the English page is not stored; French twin
// zipdebutajoutfichier.wl): its example translated, after the archive and the file list
// it supposes (in a temporary folder). wlinterp writes each addition whole: both
// functions answer 0 for an archive opened for writing.
sDir is string = fTempPath() + fSep() + "wl_helppage_startadd_" + Random(1, 999999999)
fMakeDir(sDir)
arrFileList is array of strings
FOR i = 1 _TO_ 3
	fSaveText(sDir + fSep() + "piece" + i + ".txt", "piece " + i)
	Add(arrFileList, sDir + fSep() + "piece" + i + ".txt")
END
MyArchive is zipArchive
Trace(zipCreate(MyArchive, sDir + fSep() + "Archive.zip")) // expect: 0
// Start the optimized additions of files
zipStartAddFile(MyArchive)
// Add the files into the archive
FOR EACH FilePath OF arrFileList
	zipAddFile(MyArchive, FilePath)
END
// End of the optimized additions
zipEndAddFile(MyArchive)
Trace(zipNbFile(MyArchive), Replace(zipListFile(MyArchive), CR, ",")) // expect: 3, piece1.txt,piece2.txt,piece3.txt
// results: 0 for an archive opened for writing; 4 (not opened) after zipClose
Trace(MyArchive.StartAddFile(), MyArchive.EndAddFile()) // expect: 0, 0
zipClose(MyArchive)
Trace(zipStartAddFile(MyArchive), zipEndAddFile(MyArchive)) // expect: 4, 4
fRemoveDir(sDir, frRecursive)
