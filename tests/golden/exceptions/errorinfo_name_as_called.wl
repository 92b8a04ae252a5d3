// ErrorInfo's message names the failed built-in as the failing line calls it (in its
// catalogue's case: fopen is shown fOpen), as an
// exception's message does (docs/builtins.md, L2 section)
x is int = fOpen("/nonexistent/wl_l2/zz.txt", foRead)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, fOpen: cannot open '/nonexistent/wl_l2/zz.txt': No such file or directory.
Check()
PROCEDURE Check()
    y is int = fopen("/nonexistent/wl_l2/yy.txt", foRead)
    Trace(ErrorInfo(errMessage)) // expect: fOpen: cannot open '/nonexistent/wl_l2/yy.txt': No such file or directory.
