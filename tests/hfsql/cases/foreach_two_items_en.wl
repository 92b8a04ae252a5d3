// FOR EACH File WHERE Item op OtherItem: the two items of each record are compared
// (Price > Stock). The second item was read as an undeclared variable, evaluated once:
// the run stopped ("A value of type string cannot be used as a number"), check was silent.
FOR i = 1 TO 3
	HReset(Product)
	Product.Reference = "R" + i
	Product.Label = "L" + i
	Product.Price = [5, 20, 7][i]
	Product.Stock = [10, 10, 7][i]
	HAdd(Product)
END
FOR EACH Product WHERE Price > Stock
	Trace("gt", Product.Reference)
END
// expect: gt, R2
FOR EACH Product WHERE Product.Price <= Product.Stock AND Stock > 8
	Trace("le", Product.Reference)
END
// expect: le, R1
FOR EACH Product WHERE Stock = Price OR NOT (Price <> 20)
	Trace("eq", Product.Reference)
END
// expect: eq, R2
// expect: eq, R3
// two texts compare as the first item does: a text key without regard to case or accents
HReset(Customer)
Customer.Name = "Zoé"
Customer.Société = "zoe"
HAdd(Customer)
Customer.Name = "Ann"
Customer.Société = "ann"
HAdd(Customer)
FOR EACH Customer WHERE Name = Société
	Trace("key first", Customer.Name)
END
// expect: key first, Zoé
// expect: key first, Ann
FOR EACH Customer WHERE Société = Name
	Trace("text first", Customer.Name)
END
FOR EACH Product WHERE Price > Label
	Trace("never", Product.Reference)
END
// expect error: FOR EACH Product: Price and Label are compared, a text item with an item that is no text.
