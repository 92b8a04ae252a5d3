// `new object Automation "server"` (also `object OLE`, the older word) allocates; the help's
// `is Automation object MyServer` declares; obj>>Method(args) and obj>>Member>>Method() parse
// and stop with the ActiveX/OLE error when they run (help ?1514014, ?1514015)
MyDoc is Automation object "Word.Application"
xl is object OLE dynamic
xl = new object OLE "Excel.Application"
Trace(xl = Null) // expect: 0
Trace(Open(xl)) // expect: opened
Trace(MyDoc <> Null) // expect: 1
MyDoc>>FileOpen("letter.doc") // expect error: ActiveX/OLE is not available: '>>FileOpen'

PROCEDURE Open(x)
WHEN EXCEPTION IN
	x>>Workbooks>>Add()
DO
	RESULT "opened"
END
RESULT "?"
