// {"nCount"} read above the procedure's own variable nCount, with no main-code variable
// of that name: the run stops at the brace, in the words `wl check` uses there (WL101,
// tests/diagnostics/indirection_read_before_declaration.wl), and says it once
Total()
PROCEDURE Total()
Trace("start") // expect: start
Trace({"nCount"}) // expect error: 'nCount' is used before its declaration
nCount is int = 3
