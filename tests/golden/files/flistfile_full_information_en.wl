// fListFile(p, fdFullInformation): each entry's full path, then its size, its
// modification date-time ("YYYYMMDDHHMMSSCC") and its attribute letters, TAB-separated
// (?3036008 names the option; the form is DECIDED: docs/builtins.md "fListFile with
// fdFullInformation")
dir is string = CompleteDir(fTempPath()) + "wl_golden_full_" + Random(1, 999999999)
fMakeDir(dir + "/sub")
fSaveText(dir + "/a.txt", "12345")
fSaveText(dir + "/sub/b.txt", "")
fDateTime(dir + "/a.txt", "20240315093000")
s is string = fListFile(dir + "/*.txt", fdFullInformation)
Trace(Replace(Replace(s, dir + fSeparator(), ""), TAB, "|")) // expect: a.txt|5|2024031509300000|
// with frRecursive the subfolders too; folders have size 0 and D
second is string = ExtractString(fListFile(dir + "/*.*", frRecursive + fdFullInformation), 2, CR)
Trace(Replace(ExtractString(second, 1, TAB), dir + fSeparator(), ""), ExtractString(second, 2, TAB)) // expect: sub/b.txt, 0
line is string = fListDirectory(dir, fdFullInformation)
Trace(ExtractString(line, 2, TAB), ExtractString(line, 4, TAB)) // expect: 0, D
Trace(fListFile(dir + "/none/*.*", fdFullInformation), ErrorOccurred) // expect: , 1
fDelete(dir + "/sub/b.txt")
fDelete(dir + "/a.txt")
fRemoveDir(dir + "/sub")
fRemoveDir(dir)
