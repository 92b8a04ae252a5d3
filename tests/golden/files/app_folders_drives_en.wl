// Application folders (XDG + the program's name), drives and short names on POSIX
// (docs/builtins.md "Application folders, drives, short names")
Trace(fDataDirUser(fddWithoutCreation) = SysDir(srLocalAppData) + "/" + ProjectInfo(piProjectName))   // expect: 1
Trace(fDataDirCommon(fddWithoutCreation) = "/var/lib/" + ProjectInfo(piProjectName))   // expect: 1
Trace(Right(fCacheDir(), 22))   // expect: /app_folders_drives_en
Trace(fDataDir() = fCurrentDir())   // expect: 1
Trace(fListDisk(), fCurrentDrive(), fDriveReady("C:"), fDriveReady("C:\nowhere\at\all"))   // expect: /, /, 1, 0
Trace(fShortName(fTempPath()) = fTempPath(), fLongName(fTempPath()) = fTempPath())   // expect: 1, 1
Trace("[" + fShortName(fTempPath() + "/none_" + GetUUID()) + "]", ErrorOccurred)   // expect: [], 1
