// File watchers (help ?1000020523, ?1000020522): each change runs the procedure with
// (folder, file, action, old name); files arrive by a rename into the folder (one
// atomic change), repeated modifications of one file count once.
sDir is string = fTempPath() + "/wlwatch_" + GetUUID()
sOut is string = fTempPath() + "/wlwatch_" + GetUUID() + ".txt"
fMakeDir(sDir)
gsLog is string
gsLast is string
Trace(fWatchDirectory(sDir, OnChange, fwCreateFile + fwDeleteFile + fwModifyFile + fwRename))   // expect: 1
fSaveText(sOut, "one")
fRename(sOut, sDir + "/a.txt")
WaitFor(1)
fSaveText(sDir + "/a.txt", "one two")
WaitFor(2)
fRename(sDir + "/a.txt", sDir + "/b.txt")
WaitFor(3)
fDelete(sDir + "/b.txt")
WaitFor(4)
Trace(gsLog)   // expect: a.txt 1 ;a.txt 4 ;b.txt 8 a.txt;b.txt 2 ;
Trace(fWatchStop(sDir))   // expect: 1
Trace(fWatchStop(sDir), ErrorOccurred)   // expect: 0, 1
// a file watched before it exists: its creation is a change; only the actions asked
sFile is string = sDir + "/c.txt"
Trace(fWatchFile(sFile, OnFile, fwCreateFile))   // expect: 1
fSaveText(sOut, "x")
fRename(sOut, sFile)
WaitFor(5)
Trace(Right(gsLog, 14))   // expect: c.txt 1 c.txt;
fWatchStopAll()
fDelete(sFile)
fRemoveDir(sDir)
Trace(fWatchDirectory(sDir, OnChange), ErrorOccurred)   // expect: 0, 1

PROCEDURE WaitFor(n is int)
LOOP (1000)
    IF StringCount(gsLog, ";") >= n THEN BREAK
    ThreadPause(1)
END

PROCEDURE OnChange(sFolder, sFile, nAction, sOld)
sLine is string = sFile + " " + nAction + " " + sOld + ";"
IF sLine <> gsLast THEN gsLog += sLine
gsLast = sLine

PROCEDURE OnFile(sFullName, sWatched, nAction, sOld)
gsLog += fExtractPath(sFullName, fFileName + fExtension) + " " + nAction + " " + fExtractPath(sWatched, fFileName + fExtension) + ";"
