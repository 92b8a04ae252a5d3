// FOR EACH on a jsonReader variable ?1510029 (read in French; English twin written from
// it): its syntax 3, the deep traversal (POUR CHAQUE Lecteur EN PROFONDEUR; the English
// words `IN DEPTH` are INFERRED; the loop's body is not in the stored page: the Traces
// are ours). INFERRED (docs/builtins.md "The jsonReader type"): the reader goes on each
// element, the root included, in the text's order; ..Value of an object or an array
// reads it whole and its elements are then passed over; a one-level FOR EACH Reader in
// the body goes through a level the traversal does not go through again.
sFile is string = fTempPath() + fSep() + "file_in_depth.json"
fSaveText(sFile, [
{
  "customers": [
    {"name": "Smith", "cities": ["Boston", "Salem"]},
    {"name": "Jones", "cities": []}
  ],
  "total": 2
}
])
Reader is jsonReader = JSONOpenReader(sFile)
FOR EACH Reader IN DEPTH
	IF Reader..Name = "" THEN
		Trace("(element)")
	ELSE
		Trace(Reader..Name)
	END
END
// ..Value of an array: read whole, its elements passed over
Reader2 is jsonReader = JSONOpenReader(sFile)
FOR ALL Reader2 IN DEPTH
	IF Reader2..Name = "cities" THEN Trace("cities: " + Reader2..Value)
	IF Reader2..Name = "total" THEN Trace("total: " + Reader2..Value)
END
// A one-level loop in the body: its elements are not gone through again
Reader3 is jsonReader = JSONOpenReader(sFile)
FOR EACH Reader3 IN DEPTH
	IF Reader3..Name = "cities" THEN
		FOR EACH Reader3
			Trace("  city " + Reader3..Value)
		END
	ELSE IF Reader3..Name <> "" THEN
		Trace(Reader3..Name)
	END
END
fDelete(sFile)
// expect: (element)
// expect: customers
// expect: (element)
// expect: name
// expect: cities
// expect: (element)
// expect: (element)
// expect: (element)
// expect: name
// expect: cities
// expect: total
// expect: cities: ["Boston","Salem"]
// expect: cities: []
// expect: total: 2
// expect: customers
// expect: name
// expect:   city Boston
// expect:   city Salem
// expect: name
// expect: total
