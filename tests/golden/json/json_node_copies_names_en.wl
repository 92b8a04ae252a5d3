// A node of a JSON variable assigned to another member, or added to an array, is copied,
// as a JSON variable assigned is: `j.billing = j.shipping` made the two members one node,
// and changing the billing address changed the shipping one. A node's ..Name is the
// member it was reached by (it was "" for a node read from a text), and an array node
// answers ..Name and ..Value as an object node does (they stopped with "Arrays have no
// property") (*decided* 6 Dec 2026, FS, INFERRED: the JSON type page's properties section
// is not in the stored copy; docs/builtins.md "The JSON type"). French twin
// json_copies_noms_noeuds_fr.wl.
jOrder is JSON = "{""shipping"": {""street"": ""12 rue des Lilas"", ""city"": ""Lyon""}, ""lines"": [{""sku"": ""A1""}]}"
jOrder.billing = jOrder.shipping
jOrder.billing.city = "Paris"
Trace(jOrder.shipping.city, jOrder.billing.city) // expect: Lyon, Paris
jOrder.archive = jOrder.lines
ArrayAdd(jOrder.archive, jOrder.lines[1])
jOrder.archive[2].sku = "B7"
Trace(jOrder.lines..Occurrence, jOrder.archive..Occurrence, jOrder.lines[1].sku) // expect: 1, 2, A1
// a JSON variable added to an array in a loop: each element is the value at its add
jLine is JSON
jOrder.items = []
FOR i = 1 _TO_ 3
	jLine.n = i
	ArrayAdd(jOrder.items, jLine)
END
Trace(jOrder.items) // expect: [{"n":1},{"n":2},{"n":3}]
// ..Name and ..Value of nodes
Trace(jOrder.shipping..Name, jOrder.lines..Name, jOrder.missing..Name) // expect: shipping, lines, missing
Trace(jOrder.lines..Value, jOrder.lines..Type = wlArray) // expect: [{"sku":"A1"}], 1
Trace(Describe(jOrder.billing)) // expect: billing: 2 members
PROCEDURE Describe(jNode is JSON)
RESULT jNode..Name + ": " + jNode..Member..Occurrence + " members"
