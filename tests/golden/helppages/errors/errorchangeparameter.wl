// Help page ErrorChangeParameter ?3034009: its example as written (the function was
// unknown). The connection cannot be opened here, so the procedure ends returning False,
// as its comment says; then the behaviours epCode and ErrorRestoreParameter on a file
// that does not exist (ours: docs/builtins.md "ErrorChangeParameter").
Trace(InitializeConnection())
// expect: 0
// epResult "validates the errors" (French page: epRenvoyer; epRenvoyerErreur propagates)
Trace(ErrorOccurred)
// expect: 0
Trace(LoadOrDefault("/nonexistent/wlinterp/settings.ini"))
// expect: (no settings)
Trace(LoadByCode("/nonexistent/wlinterp/settings.ini"))
// expect: tested by the code: 1
Trace(LoadRestored("/nonexistent/wlinterp/settings.ini"))
// expect: (restored)

// Initializes the connection to the HFSQL Client/Server database
// Returns True if everything is OK, False otherwise
PROCEDURE InitializeConnection()
// If an error occurs, exit and return False
ErrorChangeParameter(epResult, False)
// Describe the connection
HDescribeConnection("Connection", "user", "password", ...
"server","database", hAccessHFClientServer)
// Open the connection
HOpenConnection("Connection")
// OK
RETURN True

PROCEDURE LoadOrDefault(sFile is string)
ErrorChangeParameter(epResult, "(no settings)")
RESULT fLoadText(sFile)

PROCEDURE LoadByCode(sFile is string)
ErrorChangeParameter(epCode)
fLoadText(sFile)
RESULT "tested by the code: " + ErrorOccurred
CASE ERROR:
RESULT "CASE ERROR"

PROCEDURE LoadRestored(sFile is string)
ErrorChangeParameter(epResult, "(restored)")
ErrorChangeParameter(epCode)
ErrorRestoreParameter()
fLoadText(sFile)
RESULT "not reached"
