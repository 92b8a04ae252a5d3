// Help page "Constants for the external files" (?3036008): its constants used with the
// functions its table names, where wlinterp has them (fDate/fTime, fDriveInfo,
// fDataDirUser/fDataDirCommon); the page states what each one asks for, not its value.
sFile is string = fTempPath() + fSep() + "wl_helppage_constants_" + Random(1, 999999999) + ".txt"
fSaveText(sFile, "x")
// fCreation and fAccess: the date and time of the file's creation, of its last access
Trace(fDate(sFile, fCreation) = Today(), Length(fTime(sFile, fAccess)))   // expect: 1, 8
// fdFreeSpace: disk space; fdDriveType: the type of disc (fdFixed: a hard disk,
// fdCDRom: a CD-ROM); fdFileNameSize: the longest file name the disk takes
Trace(fDriveInfo(sFile, fdFreeSpace) > 0)   // expect: 1
Trace(fDriveInfo(sFile, fdDriveType) = fdFixed, fdFixed <> fdCDRom)   // expect: 1, 1
Trace(fDriveInfo(sFile, fdFileNameSize) >= 255)   // expect: 1
Trace(fDriveInfo(sFile + fSep() + "none", fdDriveType), ErrorOccurred)   // expect: -1, 1
// fddWithoutCreation: the data directory is not created if it does not exist
// (fddDefault, the default, creates it: pinned in tests/core/test_user_folders.py)
Trace(fDirectoryExist(fDataDirUser(fddWithoutCreation)))   // expect: 0
Trace(fDataDirCommon(fddWithoutCreation) = "/var/lib/" + ProjectInfo(piProjectName))   // expect: 1
fDelete(sFile)
