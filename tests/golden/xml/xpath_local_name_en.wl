// A SOAP answer read whatever prefixes the server chose: XPath's local-name() and name()
// (docs/builtins.md "XPath predicates", *decided*): //*[local-name() = 'Price'] stopped
// with "'local-name()' in the query ... is not in the XPath subset"
sAnswer is string = [
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="urn:shop">
<soap:Body><m:GetPriceResponse><m:Price>12.5</m:Price><m:Code>A</m:Code></m:GetPriceResponse></soap:Body>
</soap:Envelope>
]
XMLDocument("answer", sAnswer)
Trace(XMLExecuteXPath("answer", "//*[local-name() = 'Price']"), XMLResult("answer")) // expect: 1, 12.5
Trace(XMLExecuteXPath("answer", "//*[local-name() = 'Body']/*[1]"), XMLElementName("answer")) // expect: 1, m:GetPriceResponse
Trace(XMLExecuteXPath("answer", "name(//*[local-name() = 'Code'])"), XMLResult("answer")) // expect: 1, m:Code
Trace(XMLExecuteXPath("answer", "local-name(/*)"), XMLResult("answer")) // expect: 1, Envelope
Trace(XMLExecuteXPath("answer", "count(//*[starts-with(name(), 'm:')])"), XMLResult("answer")) // expect: 1, 3
XMLClose("answer")
xAnswer is xmlDocument = XMLOpen(sAnswer, fromString)
arrParts is array of xmlNode = XMLExecuteXPath(xAnswer, "//*[local-name() = 'GetPriceResponse']/*")
FOR EACH xPart OF arrParts
	Trace(xPart..Name, xPart..Text) // expect: m:Price, 12.5
	// expect: m:Code, A
END
