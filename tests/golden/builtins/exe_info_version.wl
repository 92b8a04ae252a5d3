// ExeInfo(exeVersion): exeVersion is the text "VERSION", as WINDEV Mobile's generated code
// writes it (docs/builtins.md "Constant values"); a script has no version resource: "".
Trace(exeVersion)                                 // expect: VERSION
Trace("[" + ExeInfo(exeVersion) + "]")            // expect: []
Trace("[" + ExeInfo("CompanyName") + "]")         // expect: []
Trace(ExeInfo(exePID) = ExeGetPID())              // expect: 1
