// Error() with no argument writes the message of the last error
Save()
Error() // expect stderr: disk full
Trace(ErrorInfo(errCode)) // expect: 3

PROCEDURE Save()
ErrorPropagate(3, "disk full")
