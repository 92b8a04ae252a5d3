// A method of a string or array variable is its own kind's function when one has that
// name, even where a built-in of the bare name exists: s.Delete("l") is StringDelete
// (it was ArrayDelete given a string: "Delete expects an array"), arr.Info(tiDimension)
// is ArrayInfo (it was Info, a message showing the array). A Variant or an untyped
// parameter: what it holds decides.
sWord is string = "hello"
Trace(sWord.Delete("l")) // expect: heo
Trace(sWord.Insert("X", 2)) // expect: hXello
Trace(sWord.Count("l"), sWord.Reverse()) // expect: 2, olleh
arrValues is array of int = [3, 1, 2]
Trace(arrValues.Info(tiDimension)) // expect: 1
arrValues.Insert(2, 9)
arrValues.Delete(1)
Trace(arrValues.Count(), arrValues[1]) // expect: 3, 9
aaStock is associative array of int
aaStock["bolt"] = 4
Trace(aaStock.Count(), aaStock.Info(tiDimension)) // expect: 1, 1
vText is Variant = "hello"
vList is Variant = [3, 1, 2]
Trace(vText.Delete("l"), vList.Info(tiDimension)) // expect: heo, 1
Trace(WithoutL("hello")) // expect: heo

PROCEDURE WithoutL(x)
	RESULT x.Delete("l")
