// FOR EACH statement on a jsonReader variable ?1510029: its syntax 2, "loop through one
// level with a copy" (FOR EACH x OF Reader: each element of the level read whole into x;
// the stored page is cut after its first line: the loop's body is ours, INFERRED,
// docs/builtins.md "jsonReader"; English twin written from the French page). The file
// is json_reader_loop.wl's.
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
// Loop through one level with a copy
// Reader is the variable of the JSON file
Reader is jsonReader = JSONOpenReader(sFile)
FOR EACH arrCustomers OF Reader
	// Reads the root array, copied whole
	Trace(arrCustomers[1].name, arrCustomers[2].orders[1].number)
END
// Then each customer copied, one level down
Reader2 is jsonReader = JSONOpenReader(sFile)
FOR EACH Reader2
	FOR EACH Customer OF Reader2
		Trace(Customer.name, Customer.city, Customer.orders[2].amount)
	END
END
// A simple value copied is the value itself; a member passed over is skipped
Reader3 is jsonReader = JSONOpenReader(sFile)
FOR EACH Reader3
	FOR EACH Reader3
		FOR EACH Value OF Reader3
			IF Reader3..Name = "name" THEN Trace(Value)
		END
	END
END
fDelete(sFile)
// expect: Smith, 201
// expect: Smith, Boston, 80
// expect: Jones, Denver, 5
// expect: Smith
// expect: Jones
