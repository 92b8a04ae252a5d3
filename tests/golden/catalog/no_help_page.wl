// The English names of the functions no stored help page describes (catalogued,
// docs/builtins.md "Names without a help page", English names INFERRED): a call compiles
// and stops with an error naming its family, in the spelling the program wrote
Try("stack")  // expect: stack
// expect: StackInfo is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Try("envelope")  // expect: envelope
// expect: EncryptAsymmetricEnvelope is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Try("diff")  // expect: diff
// expect: diffCreate is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Try("api")  // expect: api
// expect: SystemIntToInt is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Trace(Conversion(2)) // expect error: Conversion is a WLanguage function wlinterp does not run

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "stack": Trace(StackInfo(1)) // wl: ignore[WL103]
		CASE "envelope": Trace(EncryptAsymmetricEnvelope("x", "key")) // wl: ignore[WL103]
		CASE "diff": Trace(diffCreate("a", "b")) // wl: ignore[WL103]
		CASE "api": Trace(SystemIntToInt(1)) // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END
