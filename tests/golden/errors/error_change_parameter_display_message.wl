// ErrorChangeParameter(epDisplayMessage [, display]) is accepted (it stopped the run with
// "epDisplayMessage is not available outside the IDE"). There is no window: the error's
// message goes to stderr, unless the second parameter is False, and the code goes on
// with ErrorOccurred set (docs/builtins.md "ErrorChangeParameter").
Trace(Quiet())
// expect: quiet goes on, 1
// expect: done
Trace(Shown())
// expect stderr: fLoadText: cannot read '/nonexistent/wlinterp/b.txt': No such file or directory.
// expect: shown goes on, 1
// expect: done

PROCEDURE Quiet()
ErrorChangeParameter(epDisplayMessage, False)
fLoadText("/nonexistent/wlinterp/a.txt")
Trace("quiet goes on", ErrorOccurred)
RESULT "done"

PROCEDURE Shown()
ErrorChangeParameter(epDisplayMessage)
fLoadText("/nonexistent/wlinterp/b.txt")
Trace("shown goes on", ErrorOccurred)
RESULT "done"
