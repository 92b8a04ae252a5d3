// fWatchDirectory's procedure declared with fewer than the four parameters the page gives
// (?1000020523: folder, file, action, old name) gets the first ones, as fListFile's
// procedure does; it ended the program with "Changed expects 3 parameter(s) but received
// 4" and no line named (decided FS 6 Dec 2026, stdlib/file_watch.py). French twin
// surveillance_moins_de_parametres_fr.wl.
gsSeen is string
sDir is string = fTempPath() + "/wl_watch_few_" + GetUUID()
fMakeDir(sDir)
Trace(fWatchDirectory(sDir, Changed, fwCreateFile)) // expect: 1
fSaveText(sDir + "/order_118.xml", "<order/>")
LOOP (1000)
	IF gsSeen <> "" THEN BREAK
	ThreadPause(1)
END
Trace(gsSeen) // expect: order_118.xml created
fWatchStopAll()
fRemoveDir(sDir, frRecursive)

PROCEDURE Changed(sFolder is string, sFile is string, nAction is int)
IF nAction = fwCreateFile THEN gsSeen = sFile + " created"
