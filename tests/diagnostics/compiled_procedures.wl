// A procedure the program compiles with a literal name is called by that name: no WL102
// (Compile, ?3013015: "a procedure global to the project"); in English and French
sCode is string = "RESULT 1"
Compile("Dynamic_Proc", sCode)
Trace(Dynamic_Proc())
Compile("ProcDynamique", "RENVOYER 2")
Trace(procdynamique() + 1)
// a name built at run time is not known: its call stays unknown
sName is string = "Other" + "Proc"
Compile(sName, sCode)
Trace(OtherProc())  // error: WL102:7 unknown procedure or function 'OtherProc'
