// FOR EACH File WHERE Item op Name: a name the code can read (a constant of the program, a
// built-in constant, a global variable read in a procedure) is that value, compared with the
// item of each record; only a name that is nothing else is another item of the file. A
// constant was read as an item: check said WL109 "'MaxPrice' is not an item of the data file
// Product" and the run stopped the same.
FOR i = 1 TO 3
	HReset(Product)
	Product.Reference = "R" + i
	Product.Label = "L" + i
	Product.Price = [5, 20, 7][i]
	Product.Stock = [10, 10, 7][i]
	HAdd(Product)
END
CONSTANT
	MaxPrice = 10
END
FOR EACH Product WHERE Price > MaxPrice
	Trace("const", Product.Reference)
END
// expect: const, R2
FOR EACH Product WHERE Label <> CR AND Price < MaxPrice
	Trace("builtin", Product.Reference)
END
// expect: builtin, R1
// expect: builtin, R3
Lim is int = 6
Show()
// expect: global, R2
// expect: global, R3
FOR EACH Product WHERE Price > Stock
	Trace("items", Product.Reference)
END
// expect: items, R2

PROCEDURE Show()
FOR EACH Product WHERE Price > Lim
	Trace("global", Product.Reference)
END
