// A DiskFile method's error names the method the line writes: f.Open is fOpen,
// but the line never wrote "fOpen" (docs/builtins.md, "A built-in's error names it as the
// script calls it"), in its catalogue's case: f.OPEN is shown "Open" (docs/semantics.md
// "A built-in is named as its catalogue spells it")
f is DiskFile
Trace(f.Open("/nonexistent/wl_fs13/zz.txt", foRead)) // expect: 0
Trace(ErrorInfo()) // expect: Open: cannot open '/nonexistent/wl_fs13/zz.txt': No such file or directory.
f.OPEN("/nonexistent/wl_fs13/yy.txt", foRead)
Trace(ErrorInfo(errMessage)) // expect: Open: cannot open '/nonexistent/wl_fs13/yy.txt': No such file or directory.
f.ReadLine()
Trace(ErrorInfo()) // expect: ReadLine: -1 is not an open file handle.
// a line that calls the function by name keeps it
Trace(fOpen(f, "/nonexistent/wl_fs13/xx.txt", foRead), ErrorInfo()) // expect: 0, fOpen: cannot open '/nonexistent/wl_fs13/xx.txt': No such file or directory.
