// FOR EACH on a jsonReader variable ?1510029 (read in French; English twin written from
// it): its syntax 2 example, "one level with a copy", with the page's loops and its test
// on the member's name (client_property.Name = "addresses"); the Traces and the file are
// ours (the page does not show its file). Each member of a copied object is gone through
// with its name (VERIFIED); what .Name gives of a member is INFERRED (docs/builtins.md
// "The jsonReader type").
sFile is string = fTempPath() + fSep() + "file_copy.json"
fSaveText(sFile, [
[
  {
    "id": 1,
    "name": "Smith",
    "addresses": [
      {"street": "1 Main Street", "city": "Boston"},
      {"street": "5 Elm Road", "city": "Salem"}
    ]
  },
  {
    "id": 2,
    "name": "Jones",
    "addresses": [
      {"street": "8 Oak Avenue", "city": "Salem"}
    ]
  }
]
])
// One level with a copy
// Reader is the variable of the JSON file
Reader is jsonReader = JSONOpenReader(sFile)
FOR EACH customer_array OF Reader
	FOR EACH customer OF customer_array
		FOR EACH customer_property OF customer
			IF customer_property.Name = "addresses" THEN
				FOR EACH address OF customer_property
					FOR EACH address_property OF address
						Trace(customer.name, address_property.Name, address_property)
					END
				END
			ELSE
				Trace(customer_property.Name + " = " + customer_property)
			END
		END
	END
END
fDelete(sFile)
// expect: id = 1
// expect: name = Smith
// expect: Smith, street, 1 Main Street
// expect: Smith, city, Boston
// expect: Smith, street, 5 Elm Road
// expect: Smith, city, Salem
// expect: id = 2
// expect: name = Jones
// expect: Jones, street, 8 Oak Avenue
// expect: Jones, city, Salem
