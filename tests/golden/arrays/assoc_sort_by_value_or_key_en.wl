// ArraySort on an associative array (?3075007: "Case of an associative array": by value
// by default, by key with the key constant; the stored page is cut after that): each
// element keeps its key. Equal values keep their keys' order and equal keys their values'
// (INFERRED), asDescending reverses both (INFERRED); asKey / ttClé's English name and value
// are ours. Real code keeps its most recent files so: an associative array of DateTime by
// path, sorted descending, then FOR EACH dt, path OF it. It stopped the run: "ArraySort
// expects an array, not a value of type associative array".
aaStock is associative array of int
sLine is string
aaStock["pear"] = 3
aaStock["apple"] = 7
aaStock["fig"] = 3
aaStock["kiwi"] = 1
ArraySort(aaStock)
sLine = ""
FOR EACH ELEMENT nQty, sName OF aaStock
	sLine += [" | "] + sName + ", " + nQty
END
Trace(sLine) // expect: kiwi, 1 | fig, 3 | pear, 3 | apple, 7
aaStock.Sort(asDescending)
sLine = ""
FOR EACH ELEMENT nQty, sName OF aaStock
	sLine += [" | "] + sName + ", " + nQty
END
Trace(sLine) // expect: apple, 7 | pear, 3 | fig, 3 | kiwi, 1
ArraySort(aaStock, asKey)
sLine = ""
FOR EACH ELEMENT nQty, sName OF aaStock
	sLine += [" | "] + sName + ", " + nQty
END
Trace(sLine) // expect: apple, 7 | fig, 3 | kiwi, 1 | pear, 3
Trace(aaStock["fig"], aaStock.Count) // expect: 3, 4

aaSeen is associative array of DateTime
aaSeen["b.log"] = "20261203100000"
aaSeen["a.log"] = "20261201100000"
aaSeen["c.log"] = "20261205100000"
ArraySort(aaSeen, asDescending)
n is int
FOR EACH dtSeen, sPath OF aaSeen
	n++
	IF n > 2 THEN Trace("delete " + sPath) // expect: delete a.log
END
aaCity is associative array of string
aaCity["x"] = "b"
aaCity["y"] = "A"
aaCity["z"] = "c"
ArraySort(aaCity, asAscending + ccIgnoreCase)
sLine = ""
FOR EACH sCity OF aaCity
	sLine += [" | "] + sCity
END
Trace(sLine) // expect: A | b | c
