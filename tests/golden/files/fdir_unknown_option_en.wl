// fDir's option is frFile, frDirectory or both added together: any other bit is refused
// (it looked for files and folders both, without a word) (docs/builtins.md "fDir")
sRoot is string = fTempPath() + fSep() + "wl_fdir_option_" + Random(1, 999999999)
fMakeDir(sRoot + "\d1")
fSaveText(sRoot + "\d1\a.txt", "text")
Trace(fDir(sRoot + "\d1\*", 0))                     // expect: a.txt
Trace(fDir(sRoot + "\d1\*", frFile + frDirectory))  // expect: a.txt
WHEN EXCEPTION IN
	Trace(fDir(sRoot + "\d1\*", 99))
DO
	Trace(ExceptionInfo())  // expect: fDir: 99 is not an option (frFile, frDirectory, or both added together).
END
fRemoveDir(sRoot, frRecursive)
