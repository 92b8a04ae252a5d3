// errCode is 0: WINDEV Mobile's runtime answers ErrorInfo(0) with the error's number and
// ErrorInfo(1) (errMessage, the default) with its message (docs/builtins.md "Constant values").
n is int = fOpen(fTempPath() + "/wl_no_such_folder_k9/none.txt", foRead)
Trace(n, ErrorOccurred)                                          // expect: -1, 1
Trace(errCode, ErrorInfo(0) = ErrorInfo(errCode), ErrorInfo(errCode) <> 0)   // expect: 0, 1, 1
Trace(ErrorInfo() = ErrorInfo(errMessage), ErrorInfo(1) = ErrorInfo())      // expect: 1, 1
