// FOR EACH statement on a jsonReader variable ?1510029 (WINDEV 2025 Update 3; the English
// twin written from the French page): its "loop through one level" example, the nested
// loops as the page writes them. The page does not show the file it reads: ours has the
// lines its comments name (root array line 1, objects lines 2 and 21, their members
// lines 3 to 6 and 22 to 25, objects lines 7, 13, 26 and 32, their members lines 8 to 11,
// 14 to 17, 27 to 30 and 33 to 36), written in the temporary folder. The Traces are
// ours: ..Name and ..Value are INFERRED (docs/builtins.md "jsonReader").
sFile is string = fTempPath() + fSep() + "file.json"
fSaveText(sFile, [
[
  {
    "id": 1,
    "name": "Smith",
    "city": "Boston",
    "orders": [
      {
        "number": 101,
        "date": "2025-01-15",
        "amount": 250.5,
        "paid": true
      },
      {
        "number": 102,
        "date": "2025-02-03",
        "amount": 80,
        "paid": false
      }
    ]
  },
  {
    "id": 2,
    "name": "Jones",
    "city": "Denver",
    "orders": [
      {
        "number": 201,
        "date": "2025-03-10",
        "amount": 19.9,
        "paid": true
      },
      {
        "number": 202,
        "date": "2025-03-11",
        "amount": 5,
        "paid": null
      }
    ]
  }
]
])
// Loop through one level
// Reader is the variable of the JSON file
Reader is jsonReader = JSONOpenReader(sFile)
FOR EACH Reader
	// Reads the root array, line 1
	Trace("root")
	FOR EACH Reader
		// Reads the objects, lines 2 and 21
		Trace(" object")
		FOR EACH Reader
			// Reads the members, lines 3 to 5, 22 to 24
			Trace("  " + Reader..Name)
			FOR EACH Reader
				// Reads the objects, lines 7, 13, 26 and 32
				FOR EACH Reader
					// Reads the members, lines 8 to 11, 14 to 17, 27 to 30 and 33 to 36
					IF Reader..Name = "number" THEN Trace("   order " + Reader..Value)
				END
			END
		END
	END
END
fDelete(sFile)
// expect: root
// expect:  object
// expect:   id
// expect:   name
// expect:   city
// expect:   orders
// expect:    order 101
// expect:    order 102
// expect:  object
// expect:   id
// expect:   name
// expect:   city
// expect:   orders
// expect:    order 201
// expect:    order 202
