// The WLanguage procedure given to zipExtractAll, zipExtractDirectory and
// zipExtractFileList (and to the zipArchive methods) chooses the files: it is called for
// each with the file's stored path (written with \) and a False result leaves that file
// in the archive; True or no result extracts it. INFERRED from the pages' "Filter" remark
// (?1000025518, ?1000025755; the procedure's section is cut off in the stored copy);
// zipAddDirectory's procedure the same, given each file's path as the folder was written,
// docs/builtins.md "Archives". Before, the procedure was accepted and never called:
// every file came out.
sDir is string = CompleteDir(fTempPath()) + "wl_golden_zipfilter_" + Random(1, 999999999)
fMakeDir(sDir + "\Src\Docs")
fSaveText(sDir + "\Src\a.txt", "A")
fSaveText(sDir + "\Src\b.log", "B")
fSaveText(sDir + "\Src\Docs\c.txt", "C")
z is zipArchive
Trace(zipCreate(z, sDir + "\Save.zip")) // expect: 0
Trace(zipAddDirectory(z, sDir + "\Src", True, zipRelative)) // expect: 0
gnCalls is int
gsAsked is string
Trace(zipExtractAll(z, sDir + "\Out", zipNone, OnlyText)) // expect: 0
Trace(gsAsked) // expect: a.txt;b.log;Docs\c.txt;
Trace(gnCalls, fFileExist(sDir + "\Out\a.txt"), fFileExist(sDir + "\Out\b.log"), fFileExist(sDir + "\Out\Docs\c.txt")) // expect: 3, 1, 0, 1
// the method, a procedure without a result: every file
Trace(z.ExtractAll(sDir + "\Out2", 0, Counted)) // expect: 0
Trace(gnCalls, fFileExist(sDir + "\Out2\b.log")) // expect: 6, 1
// a folder of the archive, then a list
Trace(zipExtractDirectory(z, "Docs", sDir + "\Out3", 0, NothingAtAll)) // expect: 0
Trace(fDirectoryExist(sDir + "\Out3\Docs")) // expect: 0
Trace(zipExtractFileList(z, "a.txt" + CR + "b.log", sDir + "\Out4", 0, OnlyText)) // expect: 0
Trace(fFileExist(sDir + "\Out4\a.txt"), fFileExist(sDir + "\Out4\b.log")) // expect: 1, 0
zipClose(z)
// zipAddDirectory's procedure chooses the files added: called with each file's path as
// the folder was written (it was accepted and never called)
gsAsked = ""
zAdd is zipArchive
Trace(zipCreate(zAdd, sDir + "\Text.zip"), zipAddDirectory(zAdd, sDir + "\Src", True, zipRelative, OnlyText)) // expect: 0, 0
Trace(Replace(zipListFile(zAdd), CR, ";"), Replace(gsAsked, sDir, "<dir>")) // expect: a.txt;Docs\c.txt, <dir>\Src\a.txt;<dir>\Src\b.log;<dir>\Src\Docs\c.txt;
zipClose(zAdd)
fRemoveDir(sDir, frRecursive)

PROCEDURE OnlyText(sStoredPath)
gnCalls++
gsAsked += sStoredPath + ";"
RESULT Lower(fExtractPath(sStoredPath, fExtension)) = ".txt"

PROCEDURE Counted(sStoredPath)
gnCalls++

PROCEDURE NothingAtAll(sStoredPath)
RESULT False
