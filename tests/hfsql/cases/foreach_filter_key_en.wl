// FOR EACH without ON under an active filter browses on the key HFilter returned
labels is array of strings = ["pear", "Apple", "fig", "banana", "cherry"]
FOR i = 1 TO 5
	HReset(Product)
	Product.Reference = "REF" + i
	Product.Label = labels[i]
	Product.Price = i
	HAdd(Product)
END
// the key in use is Reference; the filter's key, Label, wins for the loop
HReadFirst(Product, Reference)
Trace(HFilter(Product, Label, "b", "g"))   // expect: Label
FOR EACH Product
	Trace(Product.Label)
END
// expect: banana
// expect: cherry
// expect: fig
// ON names another key: that key's order, the filter still applies
FOR EACH Product ON Reference
	Trace(Product.Reference)
END
// expect: REF3
// expect: REF4
// expect: REF5
// a filter without a key (a condition on an item that is not a key): the key in use
Trace(HFilter(Product, "Price >= 4") = "")   // expect: 1
FOR EACH Product
	Trace(Product.Reference)
END
// expect: REF4
// expect: REF5
// filter deactivated: the key in use, every record
HDeactivateFilter(Product)
n is int
FOR EACH Product
	n++
END
Trace(n)                                   // expect: 5
