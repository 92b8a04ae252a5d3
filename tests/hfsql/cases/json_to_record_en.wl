// HJSONToRecord ?1000021910, <Source>.JSONToRecord ?1000025009: the page's example on our
// Customer file (its FirstName keys are our Name and City), sub-error loop included
// (one sub-error per item refused), then the parameters its syntax lists.
let sString1 = "{ ""Name"":""Tintin"", ""City"":[""Milou"", ""IDEFIX""] }"
let b1 = HJSONToRecord(Customer, sString1)
IF ErrorOccurred = True THEN
	// Full message of the main error
	Trace(HErrorInfo())
	// Browse the sub-errors (if any)
	FOR i = 1 _TO_ ErrorInfo(errNumberSubError)
		// Full message of each sub-error
		Trace("Sub-error " + i + ": " + ErrorInfo(errMessage, i))
	END
END
// expect: HJSONToRecord: an object or an array cannot be imported into the item(s) City.
// expect: Sub-error 1: HJSONToRecord: the item City: an object or an array cannot be imported.
Trace(b1, Customer.Name, "[" + Customer.City + "]")   // expect: 0, Tintin, []
HAdd(Customer)
// keys matched whatever their case; a key naming no item is left out
let b2 = Customer.JSONToRecord("{ ""name"":""Milou"", ""City"": ""Moulinsart"", ""Balance"": 12.5, ""VIP"": true, ""Other"": 1 }")
Trace(b2, Customer.Name, Customer.City, Customer.Balance, Customer.VIP)   // expect: 1, Milou, Moulinsart, 12.5, 1
HAdd(Customer)
Trace(HNbRec(Customer))                                   // expect: 2
// a JSON variable; items fed from keys of other names
j is JSON = "{""Nom"": ""Haddock"", ""Ville"": ""Moulinsart""}"
Trace(HJSONToRecord(Customer, j, "Name,City", "Nom,Ville"), Customer.Name, Customer.City)   // expect: 1, Haddock, Moulinsart
// the items not imported take the analysis's default
Trace(HJSONToRecord(Customer, "{""Name"": ""Dupond"", ""City"": ""Paris""}", "'Name'"), Customer.Name, "[" + Customer.City + "]")
// expect: 1, Dupond, []
Trace(HJSONToRecord(Customer, "not JSON"), HError() <> 0)   // expect: 0, 1
// text that is not JSON: where and why is the sub-error; beyond the last one, "" and 0
Trace(ErrorInfo(errNumberSubError), ErrorInfo(errMessage, 1), ErrorInfo(errCode, 2))
// expect: 1, line 1, column 1: Expecting value., 0
Trace(HJSONToRecord(Customer, "{""Name"": [1], ""City"": {}}"), ErrorInfo(errNumberSubError), ErrorInfo(errSummary, 2))
// expect: 0, 2, HJSONToRecord: the item City: an object or an array cannot be imported.
// JSON nested deeper than can be read is not JSON either (it was a fatal 'Stack overflow')
Trace(HJSONToRecord(Customer, Repeat("[", 100000)), Position(HErrorInfo(hErrMessage), "nested") > 0)   // expect: 0, 1
// <Source>.JSONToRecord ?1000025009: its example's sub-error loop on the method form
let b3 = Customer.JSONToRecord("{ ""Name"":""Tintin"", ""City"":[""Milou"", ""IDEFIX""] }")
IF ErrorOccurred = True THEN
	FOR i = 1 _TO_ ErrorInfo(errNumberSubError)
		Trace("Sub-error " + i + ": " + ErrorInfo(errMessage, i))
	END
END
// expect: Sub-error 1: HJSONToRecord: the item City: an object or an array cannot be imported.
Trace(b3)   // expect: 0
