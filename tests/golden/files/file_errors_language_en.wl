// An English program: the file functions' messages are English, as every message of
// wlinterp, and name the function as the line calls it (docs/semantics.md, "The language
// of error messages")
s is string = fLoadText("/nonexistent/wl_fs/absent.txt")
Trace(ErrorInfo()) // expect: fLoadText: cannot read '/nonexistent/wl_fs/absent.txt': No such file or directory.
fDelete("/nonexistent/wl_fs/absent.txt")
Trace(ErrorInfo()) // expect: fDelete: cannot delete '/nonexistent/wl_fs/absent.txt': No such file or directory.
fRename("/nonexistent/wl_fs/a.txt", "/nonexistent/wl_fs/b.txt")
Trace(ErrorInfo()) // expect: fRename: cannot rename '/nonexistent/wl_fs/a.txt': No such file or directory.
n is int = fSize("/nonexistent/wl_fs/a.txt")
Trace(n, ErrorInfo()) // expect: -1, fSize: cannot read the size of '/nonexistent/wl_fs/a.txt': No such file or directory.
fReadLine(99)
Trace(ErrorInfo()) // expect: fReadLine: 99 is not an open file handle.
fListFile("/nonexistent/wl_fs/*.*")
Trace(ErrorInfo()) // expect: fListFile: the folder '/nonexistent/wl_fs' does not exist.
x is xmlDocument = XMLOpen("/nonexistent/wl_fs/a.xml")
Trace(ErrorInfo()) // expect: XMLOpen: cannot open '/nonexistent/wl_fs/a.xml': No such file or directory.
