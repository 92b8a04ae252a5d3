// dbgLogStatus's answers LogEnabled, LogDisabled, LogPause and LogWLanguageFunctions, and
// StringRetrieve's srASCIIZAddress / srUNICODEAddress (the English names real code writes
// for crAddressASCIIZ / crAddressUNICODE), are known constants: code naming them checks
// and loads (they were undeclared, WL101, and stopped real files loading). dbgLogStatus
// itself is catalogued: the call stops naming its family, as wl check says (WL103).
// Values of the Log constants UNVERIFIED (docs/builtins.md "Catalogued families").
Trace(LogDisabled <> LogEnabled, LogPause <> LogWLanguageFunctions)   // expect: 1, 1
b is Buffer = "C text" + Charact(0) + "rest"
Trace(StringRetrieve(b, srASCIIZAddress))                             // expect: C text
Trace(srASCIIZAddress = crAddressASCIIZ, srUNICODEAddress = crAddressUNICODE) // expect: 1, 1
IF dbgLogStatus() = LogEnabled THEN Trace("on") // expect error: dbgLogStatus is a function of the WINDEV environment: not available outside WINDEV
