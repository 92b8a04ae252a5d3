// (method (b), 5 December evening) stock management as written, English twin: a
// procedure with a variable number of parameters (MyParameters), SWITCH ... CASE < n,
// lower-case H* names, FOR EACH ... WHERE on a real item; passes on both databases
Trace(AddProducts("A1", "B2", "C3"))
HTransactionStart()
Trace(TakeOut("A1", 5), TakeOut("B2", 50), TakeOut("ZZ", 1))
HTransactionEnd()
FOR EACH Product ON Reference
	Trace(Product.Reference, Product.Stock, Product..NewRecord)
END
Trace(HReadFirst(Product, Reference), HNbRec(Product), HOut(Product))
rTotal is real
FOR EACH Product WHERE Stock > 15
	rTotal += Product.Price * Product.Stock
END
Trace(rTotal)
// expect: 3
// expect: not enough stock, B2
// expect: 1, 0, 0
// expect: A1, 5, 0
// expect: B2, 20, 0
// expect: C3, 30, 0
// expect: 1, 3, 0
// expect: 325

PROCEDURE AddProducts(*)
	FOR i = 1 _TO_ MyParameters..Occurrence
		hreset(Product)
		Product.Reference = MyParameters[i]
		Product.Label = "Item " + i
		Product.Price = i * 2.5
		Product.Stock = i * 10
		IF NOT HAdd(Product) THEN Trace("refused", HErrorInfo())
	END
	RESULT MyParameters..Occurrence

PROCEDURE TakeOut(sRef is string, nQty is int) : boolean
	IF NOT hreadseekfirst(Product, Reference, sRef) THEN RESULT False
	SWITCH Product.Stock
		CASE < nQty : Trace("not enough stock", sRef) ; RESULT False
		OTHER CASE
			Product.Stock -= nQty
			RESULT HModify(Product)
	END
