// A script typed in lower case (WINDEV's editor would have rewritten each function's
// name in its catalogue's case): the error names the built-in as the catalogue spells
// the name the line calls (docs/semantics.md "A built-in is named as its catalogue
// spells it"), so a test on ErrorInfo written with the canonical name holds
r is httprequest
r..url = "http://127.0.0.1:1/"
r..timeout = 500
rep is httpresponse = httpsend(r)
trace(errorinfo(errmessage)) // expect: HTTPSend: the request to http://127.0.0.1:1/ failed (Connection refused).
trace(errorinfo(errmessage) [= "HTTPSend") // expect: 1
n is int = fopen("/nonexistent/wl_canon/a.txt", foread)
trace(errorinfo(errmessage)) // expect: fOpen: cannot open '/nonexistent/wl_canon/a.txt': No such file or directory.
f is diskfile
f.open("/nonexistent/wl_canon/b.txt", foread)
trace(errorinfo(errmessage)) // expect: Open: cannot open '/nonexistent/wl_canon/b.txt': No such file or directory.
b is boolean = fmakedir("/proc/wl_canon/rep")
trace(b, errorinfo(errmessage)) // expect: 0, fMakeDir: cannot create the folder '/proc/wl_canon/rep': No such file or directory.
// an uncaught error names it the same way
trace(right([1, 2], 1)) // expect error: Right expects a string, not a value of type array.
