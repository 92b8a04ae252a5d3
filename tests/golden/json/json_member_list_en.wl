// `..Member` of a JSON variable or node lists its members as a Variant's does, each with
// ..Name and ..Value (decided, INFERRED: the JSON type page's properties section is not
// readable in the stored copy; docs/builtins.md "The JSON type"); a warehouse list keyed
// by name is walked so. It was "A JSON value has no property 'Member'". French twin
// json_liste_membres_fr.wl.
j is JSON = "{""warehouses"": {""LYON"": {""items"": [{""ref"": ""A1"", ""qty"": 12}, {""ref"": ""B7"", ""qty"": 0}]}, ""NANTES"": {""items"": [{""ref"": ""A1"", ""qty"": 3}]}, ""LILLE"": {""items"": []}}}"
nTotal is int
FOR EACH m OF j.warehouses..Member
	Trace(m..Name, m..Value.items..Occurrence)
	FOR EACH a OF m..Value.items
		nTotal += a.qty
	END
END
// expect: LYON, 2
// expect: NANTES, 1
// expect: LILLE, 0
Trace(nTotal, j.warehouses..Member..Occurrence, j..Member[1]..Name) // expect: 15, 3, warehouses
// a member never written lists nothing; FOR EACH value, key goes through the same members
Trace(j.missing..Member..Occurrence, j..Member..Occurrence) // expect: 0, 1
FOR EACH v, k OF j.warehouses.LYON.items[1]
	Trace(k, v)
END
// expect: ref, A1
// expect: qty, 12
