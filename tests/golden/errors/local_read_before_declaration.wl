// a local variable read above its declaration: a WLanguage error at that line, not a crash
Total()
PROCEDURE Total()
Trace("start") // expect: start
Trace(nCount) // expect error: 'nCount' is used before its declaration
nCount is int = 3
