// WLanguage procedure called by fTrackDirectory ?1000025350: its example as written, the
// TABLE_MODIFICATIONS control replaced by a Trace (no window here), the folder in the
// temporary folder; the file written, the wait and the deletion are ours (passes as written)
// Name of directory to track
sDirectoryName is string = CompleteDir(fTempPath()) + "wl_golden_track_" + Random(1, 999999999)
fMakeDir(sDirectoryName)
gnSeen is int
// The fTrackDirectory_Callback procedure will be called
// when a file or directory in the directory is modified.
IF fTrackDirectory(sDirectoryName, fTrackDirectory_Callback, ftCreateFile + ...
ftModifyFile + ftDeleteFile + ftRename) THEN
	// Inform the user that the directory will be tracked
	Trace("The directory will be tracked.") // expect: The directory will be tracked.
ELSE
	// Inform the user that the directory will not be tracked
	Trace("The directory will not be tracked.")
END
// (written outside, then moved in whole: a poll never sees it half written)
sOutside is string = sDirectoryName + "_new.txt"
fSaveText(sOutside, "x")
fRename(sOutside, fBuildPath(sDirectoryName, "new", "txt"))
LOOP (1000)
	IF gnSeen >= 1 THEN BREAK
	Multitask(1)
END
fDelete(fBuildPath(sDirectoryName, "new", "txt"))
LOOP (1000)
	IF gnSeen >= 2 THEN BREAK
	Multitask(1)
END
fWatchStopAll()
fRemoveDir(sDirectoryName)

// Code of the procedure
PROCEDURE fTrackDirectory_Callback(sDirectoryName, sFileName, nAction, sOldFileName)
ExecuteMainThread(AddTable, sDirectoryName, sFileName, nAction, sOldFileName)

// Procedure that acts on the main thread
PROCEDURE AddTable(sDirectoryName, sFileName, nAction, sOldFileName)

sActionDesignation is string
// The designation of the action depends on nAction
SWITCH nAction
	CASE ftCreateFile: sActionDesignation = "Creating files"
	CASE ftDeleteFile: sActionDesignation = "Deleting files"
	CASE ftModifyFile: sActionDesignation = "Modifying files"
	CASE ftRename: sActionDesignation = "Renaming files"
END
// Add a line containing the information about the modification
Trace(sFileName, sActionDesignation) // expect: new.txt, Creating files
// expect: new.txt, Deleting files
gnSeen++
