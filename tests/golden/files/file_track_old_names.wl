// fTrackDirectory / ftCreateFile...: the older names of fWatchDirectory and its constants
// (help ?1000020523: "kept for backward compatibility")
Trace(ftCreateFile = fwCreateFile, ftDeleteFile = fwDeleteFile, ftModifyFile = fwModifyFile, ftRename = fwRename)   // expect: 1, 1, 1, 1
sDir is string = fTempPath() + "/wltrack_" + GetUUID()
sOut is string = fTempPath() + "/wltrack_" + GetUUID() + ".txt"
fMakeDir(sDir)
gsLog is string
Trace(fTrackDirectory(sDir, OnChange, ftCreateFile))   // expect: 1
fSaveText(sOut, "x")
fRename(sOut, sDir + "/n.txt")
LOOP (1000)
    IF gsLog <> "" THEN BREAK
    ThreadPause(1)
END
Trace(gsLog)   // expect: n.txt 1
fWatchStopAll()
fDelete(sDir + "/n.txt")
fRemoveDir(sDir)

PROCEDURE OnChange(sFolder, sFile, nAction, sOld)
gsLog += sFile + " " + nAction
