// FOR EACH File SORTED BY k1, k2: several items, a minus before one sorts it descending
labels is array of strings = ["pear", "apple", "fig", "pear", "apple"]
FOR i = 1 TO 5
	HReset(Product)
	Product.Reference = "REF" + i
	Product.Label = labels[i]
	Product.Price = i * 1.5
	Product.Stock = 10 - i * 2
	HAdd(Product)
END
FOR EACH Product SORTED BY Label, -Price
	Trace(Product.Label, Product.Price)
END
// expect: apple, 7.5
// expect: apple, 3
// expect: fig, 4.5
// expect: pear, 6
// expect: pear, 1.5
FOR EACH Product SORTED BY -Label, +Price WHERE Stock > 0
	Trace(Product.Label, Product.Price)
END
// expect: pear, 1.5
// expect: pear, 6
// expect: fig, 4.5
// expect: apple, 3
// FromEnd reverses the whole order
FOR EACH Product SORTED BY Label, Reference FromEnd
	Trace(Product.Label, Product.Reference)
END
// expect: pear, REF4
// expect: pear, REF1
// expect: fig, REF3
// expect: apple, REF5
// expect: apple, REF2
// one item with a minus: descending
FOR EACH Product SORTED BY -Price
	Trace(Product.Price)
	IF Product.Price < 6 THEN BREAK
END
// expect: 7.5
// expect: 6
// expect: 4.5
// the sort written after the condition, as real code writes it
FOR EACH Product WHERE Stock > 0 SORTED BY Label, -Price
	Trace(Product.Label, Product.Price)
END
// expect: apple, 3
// expect: fig, 4.5
// expect: pear, 6
// expect: pear, 1.5
