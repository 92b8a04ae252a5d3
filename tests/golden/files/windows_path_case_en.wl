// A Windows-style path (a drive letter or a backslash) finds a file whose name differs only
// in case, as on Windows; a new file keeps the case written; a POSIX-style path too, since
// 6 Dec 2026 (DECIDED: docs/builtins.md "Windows paths on POSIX", "Case in paths")
dir is string = CompleteDir(fTempPath()) + "wl_golden_case_" + Random(1, 999999999)
fMakeDir(dir)
fMakeDir(dir + "/Export")
fSaveText(dir + "/Export/Report.txt", "total;12")
Trace(fLoadText(dir + "\EXPORT\REPORT.TXT")) // expect: total;12
Trace(fFileExist(dir + "\export\report.TXT"), fSize(dir + "\Export\REPORT.txt")) // expect: 1, 8
Trace(fFileExist(dir + "/EXPORT/REPORT.TXT")) // expect: 1
// the folder is found, the new file is named as written
Trace(fSaveText(dir + "\EXPORT\Summary.CSV", "x")) // expect: 1
Trace(Replace(fListFile(dir + "/Export/*.*", frNotRecursive), dir + "/Export/", "")) // expect: Report.txt
// expect: Summary.CSV
h is int = fOpen(dir + "\export\summary.csv", foRead)
Trace(fReadLine(h)) // expect: x
fClose(h)
Trace(fDelete(dir + "\EXPORT\REPORT.TXT"), fFileExist(dir + "/Export/Report.txt")) // expect: 1, 0
fDelete(dir + "/Export/Summary.CSV")
fRemoveDir(dir + "\EXPORT")
Trace(fDirectoryExist(dir + "/Export")) // expect: 0
fRemoveDir(dir)
