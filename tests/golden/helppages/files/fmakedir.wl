// Help page fMakeDir (?3036043): its example as written, in the temporary folder in
// place of C:\; its stated results: the intermediate directory is created too, and the
// result is True when the directory was created or already exists. Cleaned up after.
sBase is string = fTempPath() + fSep() + "wl_helppage_fmakedir"
// Create a directory
ResCreate is boolean = fMakeDir(sBase + fSep() + "MyDirectories" + fSep() + "MyFiles")
// If the directory named MyDirectories does not exist,
// the function creates MyDirectories then MyFiles
Trace(ResCreate) // expect: 1
Trace(fDirectoryExist(sBase + fSep() + "MyDirectories")) // expect: 1
Trace(fDirectoryExist(sBase + fSep() + "MyDirectories" + fSep() + "MyFiles")) // expect: 1
// Already there: True; a name ending with the separator: accepted
Trace(fMakeDir(sBase + fSep() + "MyDirectories" + fSep() + "MyFiles")) // expect: 1
Trace(fMakeDir(sBase + fSep() + "Other" + fSep())) // expect: 1
fRemoveDir(sBase, frRecursive)
Trace(fDirectoryExist(sBase)) // expect: 0
