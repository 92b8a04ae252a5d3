// invalid XML is a non-fatal error; entity declarations are refused (no file or network is read)
doc is xmlDocument = XMLOpen("<a><b></a>", fromString)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: invalid XML (mismatched tag: line 1, column 9).
// where and why is its sub-error, as for JSON (docs/builtins.md "Errors"; columns from 1)
Trace(ErrorInfo(errNumberSubError), ErrorInfo(errMessage, 1), ErrorInfo(errCode, 1)) // expect: 1, line 1, column 9: mismatched tag., 7
sBomb is string = "<!DOCTYPE a [<!ENTITY e SYSTEM ""file:///etc/passwd"">]><a>&e;</a>"
doc = XMLOpen(sBomb, fromString)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: entity declarations (<!ENTITY ...>) are not accepted.
Trace(XMLDocument("bomb", sBomb), ErrorOccurred) // expect: 0, 1
// XMLDocument's refusal has its sub-error too; a file that cannot be read has none: the
// system's error is errSystemCode / errSystemMessage
XMLDocument("dup", "<a>" + CR + "<b x='1' x='2'/></a>")
Trace(ErrorInfo(errNumberSubError), ErrorInfo(errMessage, 1)) // expect: 1, line 2, column 10: duplicate attribute.
doc = XMLOpen(fTempPath() + "no_such_folder_wl/x.xml", fromFile)
Trace(ErrorOccurred, ErrorInfo(errNumberSubError), ErrorInfo(errSystemCode) > 0) // expect: 1, 0, 1
