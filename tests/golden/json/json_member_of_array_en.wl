// `..Member` of a JSON array lists no members: an array's elements are no members (they
// are reached by index or FOR EACH), as a member holding an array already listed none
// (`m..Member..Occurrence = 0`). Real code walking an answer (PC SOFT's wxFirebase class
// CFireStoreReponse) counts on it: it takes a node with no members for a leaf, arrays
// included. It stopped with "Arrays have no property 'Member'" (*decided* 6 Dec 2026,
// FS, INFERRED: the JSON type page's properties section is not in the stored copy;
// docs/builtins.md "The JSON type"). French twin json_membre_de_tableau_fr.wl.
jOrders is JSON = "[{""id"": 1, ""customer"": {""name"": ""ACME""}, ""lines"": [{""sku"": ""A1"", ""qty"": 2}]}, {""id"": 2, ""customer"": ""Globex"", ""lines"": []}]"
Trace(jOrders..Member..Occurrence, jOrders..Occurrence) // expect: 0, 2
FOR EACH jOrder OF jOrders
	Trace(jOrder..Member..Occurrence, jOrder..Member[2]..Name, jOrder.lines..Member..Occurrence)
END
// expect: 3, customer, 0
// expect: 3, customer, 0
// a walk that takes a node without members for a leaf, as the Firestore class does
Walk("", jOrders[1])
// expect: id = 1
// expect: customer.name = ACME
// expect: lines = [{"sku":"A1","qty":2}]
FOR EACH m OF jOrders[1]..Member
	IF m..Member..Occurrence = 0 THEN Trace(m..Name)
END
// expect: id
// expect: lines
// an array of a Variant (JSONToVariant) is an array of the program: no members to list
vOrders is Variant = JSONToVariant("[{""id"": 1}]")
WHEN EXCEPTION IN
	Trace(vOrders..Member..Occurrence)
DO
	Trace(ExceptionInfo()) // expect: Arrays have no property 'Member'.
END

PROCEDURE Walk(sPath is string, jNode is JSON)
FOR EACH m OF jNode..Member
	IF m..Member..Occurrence = 0 THEN
		Trace(sPath + m..Name + " = " + m..Value)
	ELSE
		Walk(sPath + m..Name + ".", m..Value)
	END
END
