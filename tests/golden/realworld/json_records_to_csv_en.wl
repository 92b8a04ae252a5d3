// (method b) A JSON array of uneven records (an API's answer) exported as CSV: the
// columns are the union of the keys in order of first appearance, a nested object is
// flattened as "address.city" (a recursive procedure, TypeVar = wlVariant), a missing
// value gives an empty cell; an array of associative arrays. French twin
// json_enregistrements_csv_fr.wl.
sAnswer is string = [
[
  {"id": 1, "name": "Durand", "address": {"city": "Lyon", "zip": "69003"}},
  {"id": 2, "name": "Lefèvre", "email": "l@example.com"},
  {"id": 3, "name": "Martin; Sons", "address": {"city": "Nancy"}, "active": false}
]
]
vCustomers is Variant = JSONToVariant(sAnswer)
arrColumns is array of strings
arrRows is array of associative arrays of strings
FOR EACH vCustomer OF vCustomers
	aaRow is associative array of strings
	Flatten(vCustomer, "", aaRow, arrColumns)
	Add(arrRows, aaRow)
END
sCSV is string = ArrayToString(arrColumns, ";") + CR
FOR EACH aaR OF arrRows
	sLine is string = ""
	FOR EACH sCol, nCol OF arrColumns
		IF nCol > 1 THEN sLine += ";"
		IF aaR[sCol]..Exist THEN sLine += CSVField(aaR[sCol])
	END
	sCSV += sLine + CR
END
Trace(sCSV)
// expect: id;name;address.city;address.zip;email;active
// expect: 1;Durand;Lyon;69003;;
// expect: 2;Lefèvre;;;l@example.com;
// expect: 3;"Martin; Sons";Nancy;;;0
// expect:

PROCEDURE Flatten(vObject, sPrefix is string, aaTarget is associative array of strings, arrColumns is array of strings)
FOR EACH ELEMENT vValue, sKey OF vObject
	sName is string = sPrefix + sKey
	IF TypeVar(vValue) = wlVariant THEN
		Flatten(vValue, sName + ".", aaTarget, arrColumns)
	ELSE
		IF ArraySeek(arrColumns, asLinear, sName) = -1 THEN Add(arrColumns, sName)
		aaTarget[sName] = vValue
	END
END

PROCEDURE CSVField(LOCAL s is string)
IF Position(s, ";") > 0 OR Position(s, """") > 0 THEN RESULT """" + Replace(s, """", """""") + """"
RESULT s
