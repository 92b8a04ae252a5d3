// fBuildPath / CompleteDir on a drive letter alone and a name starting with a separator
// (INFERRED, docs/builtins.md "fBuildPath"): `C:` takes `\` (it gave `C:/`), and the
// name's own leading separator is not doubled (`C:\Temp\` + `\a.txt` gave `C:\Temp\\a.txt`)
Trace(CompleteDir("C:"), CompleteDir("D:\Data")) // expect: C:\, D:\Data\
Trace(fBuildPath("C:", "\Temp\file.txt")) // expect: C:\Temp\file.txt
Trace(fBuildPath("C:\Temp\", "\file", "txt")) // expect: C:\Temp\file.txt
Trace(fBuildPath("C:\Temp", "Sub\file", ".csv")) // expect: C:\Temp\Sub\file.csv
// with no folder, the name stays as written
Trace(fBuildPath("", "\file.txt")) // expect: \file.txt
// a POSIX folder keeps its separator
Trace(fBuildPath("/tmp", "file", "txt"), CompleteDir("c:/TEMP")) // expect: /tmp/file.txt, c:/TEMP/
