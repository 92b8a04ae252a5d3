// ArrayAddLine on a one-dimensional array adds one element, as ArrayAdd, and returns its
// index (PC SOFT's WD Serveur Webservice calls it so on an array of int); several values
// are a row, for two dimensions only
results is array of int
n is int = ArrayAddLine(results, 12)
ArrayAddLine(results, 7)
Trace(n, ArrayCount(results), results[2]) // expect: 1, 2, 7
IF ArraySeek(results, asLinear, 7) = 2 THEN Trace("found") // expect: found
names is array of string
ArrayAddLine(names)
Trace(ArrayCount(names), "[" + names[1] + "]") // expect: 1, []
Product is Structure
	Name is string
END
p is Product
p.Name = "pen"
basket is array of Product
arrayaddline(basket, p)
Trace(basket[1].Name) // expect: pen
ArrayAddLine(results, 1, 2) // expect error: ArrayAddLine: a one-dimensional array takes one value, an element (2 were given); a row of several values needs a two-dimensional array.
