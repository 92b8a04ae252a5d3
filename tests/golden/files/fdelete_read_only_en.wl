// fDelete(file [, option]): a read-only file is deleted only with frReadOnly, as Windows
// refuses to delete one; frRecycleBin is refused, the file left (INFERRED: the syntax
// fDelete(<File name> [, <Option>]); docs/builtins.md "fDelete's option")
dir is string = CompleteDir(fTempPath()) + "wl_golden_fdelete_ro_" + Random(1, 999999999)
fMakeDir(dir)
f is string = dir + "/locked.txt"
fSaveText(f, "x")
fAttributeReadOnly(f, True)
Trace(fDelete(f), ErrorOccurred, fFileExist(f)) // expect: 0, 1, 1
Trace(Position(ErrorInfo(), "read-only") > 0) // expect: 1
Trace(fDelete(f, frRecycleBin), ErrorOccurred, fFileExist(f)) // expect: 0, 1, 1
Trace(Position(ErrorInfo(), "recycle bin") > 0) // expect: 1
Trace(fDelete(f, frReadOnly), fFileExist(f)) // expect: 1, 0
// a writable file needs no option
fSaveText(f, "y")
Trace(fDelete(f), fFileExist(f)) // expect: 1, 0
fRemoveDir(dir)
