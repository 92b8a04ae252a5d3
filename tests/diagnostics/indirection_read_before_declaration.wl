// {"name"} above the declaration of the function's own variable of that name, with no
// main-code variable of that name: the run stops at the brace ("used before its
// declaration"), so the check says it there (WL101), as for the plain name; assigned
// so, as `nCount = 2` above its declaration is. A main-code variable of that name is
// read instead (no diagnostic), a computed name is the run's alone.
gsMain is string = "main"
Total()

PROCEDURE Total()
Trace({"nCount"}) // error: WL101:7 'nCount' is used before its declaration
{"NCOUNT"} = 2 // error: WL101:1 'nCount' is assigned before its declaration
Trace({"gsMain"})
sName is string = "nCount"
Trace({sName})
nCount is int = 3
gsMain is string = "local" // warning: WL205:1 'gsMain' hides the variable of the same name declared at line 6
Trace({"nCount"}, nCount, gsMain)
