// invalid XML is a non-fatal error; entity declarations are refused (no file or network is read)
doc is xmlDocument = XMLOpen("<a><b></a>", fromString)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: invalid XML (mismatched tag: line 1, column 8).
sBomb is string = "<!DOCTYPE a [<!ENTITY e SYSTEM ""file:///etc/passwd"">]><a>&e;</a>"
doc = XMLOpen(sBomb, fromString)
Trace(ErrorOccurred, ErrorInfo()) // expect: 1, XMLOpen: entity declarations (<!ENTITY ...>) are not accepted.
Trace(XMLDocument("bomb", sBomb), ErrorOccurred) // expect: 0, 1
