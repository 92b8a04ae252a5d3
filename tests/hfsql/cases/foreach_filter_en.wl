// FOR EACH on a data file (ON key, WHERE), filters, position kept around the loop
labels is array of strings = ["pear", "Apple", "fig", "banana", "cherry"]
FOR i = 1 TO 5
	HReset(Product)
	Product.Reference = "REF" + i
	Product.Label = labels[i]
	Product.Price = i * 1.5
	Product.Stock = 10 - i * 2
	HAdd(Product)
END
FOR EACH Product
	Trace(Product.Reference)
END
// expect: REF1
// expect: REF2
// expect: REF3
// expect: REF4
// expect: REF5
FOR EACH Product ON Label
	Trace(Product.Label)
END
// expect: Apple
// expect: banana
// expect: cherry
// expect: fig
// expect: pear
FOR EACH Product SORTED BY Label WHERE Price > 4
	Trace(Product.Label)
END
// expect: banana
// expect: cherry
// expect: fig
minStock is int = 4
FOR EACH Product ON Label WHERE Stock >= minStock AND Price > 2
	Trace(Product.Label, Product.Stock)
END
// expect: Apple, 6
// expect: fig, 4
// the position is restored after the loop
HReadSeekFirst(Product, Reference, "REF2")
FOR EACH Product
	IF Product.Reference = "REF3" THEN BREAK
END
HReadNext(Product, Reference)
Trace(Product.Reference)                   // expect: REF3
// modifying records inside the loop
FOR EACH Product WHERE Stock <= 2
	Product.Stock = 100
	HModify(Product)
END
Trace(HReadSeekFirst(Product, Reference, "REF5"), Product.Stock)   // expect: 1, 100
// HFilter: condition text; returns the key to browse on
sKey is string = HFilter(Product, "Price > 3 AND Label <> 'cherry'")
Trace(sKey)                                // expect: Label
HReadFirst(Product, sKey)
WHILE NOT HOut(Product)
	Trace(Product.Label)
	HReadNext(Product, sKey)
END
// expect: banana
// expect: fig
HDeactivateFilter(Product)
n is int
HReadFirst(Product, Label)
WHILE NOT HOut(Product)
	n++
	HReadNext(Product, Label)
END
Trace(n)                                   // expect: 5
// bounds on a key
HFilter(Product, Reference, "REF2", "REF3")
HReadFirst(Product, Reference)
WHILE NOT HOut(Product)
	Trace(Product.Reference)
	HReadNext(Product, Reference)
END
// expect: REF2
// expect: REF3
Trace(HFilter(Product, "Nope = 1"), HError() <> 0)   // expect: , 1
