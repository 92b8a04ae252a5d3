// (method b) Business code as a WINDEV developer writes it: each "REF;Label;Price" line
// updates the product when it exists, adds it otherwise; a customer whose e-mail is
// already taken is a duplicate
sFile is string = [
REF001;Vis inox 4x40;12,50
REF002;Écrou M4;3,20
REF001;Vis inox 4x40 (boîte);13,90
REF003;Rondelle;0,85
]
nUpdated, nRejected are int
FOR EACH STRING sLine OF sFile SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	IF UpsertProduct(sLine) THEN nUpdated++ ELSE nRejected++
END
Trace(nUpdated, nRejected, HNbRec(Product))
FOR EACH Product ON Reference
	Trace(Product.Reference, Product.Label, Product.Price)
END
// an e-mail already taken: a duplicate
HReset(Customer)
Customer.Name = "Durand"
Customer.Email = "durand@example.com"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Durand Paul"
Customer.Email = "DURAND@example.com"
IF NOT HAdd(Customer) THEN
	IF HErrorDuplicates() THEN
		Trace("Duplicate on", HErrorInfo(hErrItem))
	ELSE
		Trace("Other error", HErrorInfo())
	END
END
// expect: 4, 0, 3
// expect: REF001, Vis inox 4x40 (boîte), 13.9
// expect: REF002, Écrou M4, 3.2
// expect: REF003, Rondelle, 0.85
// expect: Duplicate on, Email

PROCEDURE UpsertProduct(LOCAL sLine is string) : boolean
sRef, sLabel, sPrice are strings
sRef = ExtractString(sLine, 1, ";")
sLabel = ExtractString(sLine, 2, ";")
sPrice = ExtractString(sLine, 3, ";")
IF HReadSeekFirst(Product, Reference, sRef) THEN
	Product.Label = sLabel
	Product.Price = Val(Replace(sPrice, ",", "."))
	IF NOT HModify(Product) THEN
		Trace("Update refused: " + HErrorInfo())
		RESULT False
	END
ELSE
	HReset(Product)
	Product.Reference = sRef
	Product.Label = sLabel
	Product.Price = Val(Replace(sPrice, ",", "."))
	Product.Stock = 0
	IF NOT HAdd(Product) THEN
		Trace("Add refused: " + HErrorInfo())
		RESULT False
	END
END
RESULT True
