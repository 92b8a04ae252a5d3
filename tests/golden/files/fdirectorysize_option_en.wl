// fDirectorySize(folder [, option]): frRecursive (the default) counts the subfolders'
// files too, frNotRecursive the folder's own files only, as PC SOFT's own runtime reads
// the option (docs/builtins.md "fDirectorySize's option"); it took no option
dir is string = fTempPath() + "/wl_dirsize_" + Random(1, 999999999)
fMakeDir(dir + "/sub")
fSaveText(dir + "/a.txt", "12345")
fSaveText(dir + "/sub/b.txt", "1234567")
Trace(fDirectorySize(dir), fDirectorySize(dir, frRecursive))   // expect: 12, 12
Trace(fDirectorySize(dir, frNotRecursive))                      // expect: 5
Trace(fRemoveDir(dir, frRecursive))                             // expect: 1
