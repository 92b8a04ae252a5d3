// HDescribeTrigger / HDeleteTrigger (?3044074, VERIFIED syntax; the H members from PC
// SOFT's "WD Trigger" example, INFERRED; docs/hfsql.md "Triggers")
Trace(HDescribeTrigger("Product", "HADD,HMODIFY, HDELETE", "Audit", hTriggerBefore)) // expect: 1
Trace(HDescribeTrigger(Product, "HAdd", Audit, hTriggerAfter)) // expect: 1
HReset(Product)
Product.Reference = "R1"
Product.Label = "one"
Trace(HAdd(Product))
// expect: before HADD Product R1
// expect: after HAdd Product R1
// expect: 1
HReset(Product)
Product.Reference = "BAD"
Trace(HAdd(Product), HError() = 70960, ErrorOccurred)
// expect: before HADD Product BAD
// expect: 0, 1, 1
Trace(Position(HErrorInfo(), "cancelled by the trigger procedure Audit") > 0) // expect: 1
Trace(HNbRec(Product)) // expect: 1
HReadFirst(Product, Reference)
Product.Label = "changed"
Trace(HModify(Product))
// expect: before HMODIFY Product R1
// expect: 1
Trace(HDeleteTrigger("Product", "HAdd,HModify,HDelete", hTriggerBefore)) // expect: 1
HReset(Product)
Product.Reference = "R2"
Trace(HAdd(Product))
// expect: after HAdd Product R2
// expect: 1
Trace(HDeleteTrigger("Product", "HAdd")) // expect: 1
HReset(Product)
Product.Reference = "R3"
Trace(HAdd(Product), HNbRec(Product)) // expect: 1, 3
Trace("[" + H.Action + "]") // expect: []
// a trigger procedure's own H* calls fire no trigger (no re-entry)
Trace(HDescribeTrigger("*", "HAdd", "LogAdd", hTriggerAfter)) // expect: 1
HReset(Product)
Product.Reference = "R4"
Trace(HAdd(Product), HNbRec(Customer)) // expect: 1, 1
HReadFirst(Customer, Name)
Trace(Customer.Name) // expect: added Product
// wrong descriptions: a non-fatal failure
Trace(HDescribeTrigger("Nothing", "HAdd", "Audit", hTriggerBefore), ErrorOccurred) // expect: 0, 1
Trace(HDescribeTrigger("Product", "Trace", "Audit", hTriggerBefore), ErrorOccurred) // expect: 0, 1
Trace(HDescribeTrigger("Product", "HAdd", "Audit", 9), ErrorOccurred) // expect: 0, 1
H.ToDo = "A" // expect error: H.ToDo: only a trigger procedure

PROCEDURE Audit()
IF H.Action = "A" THEN
	Trace("before " + H.TriggerFunction + " " + H.FileName + " " + Product.Reference)
	IF Product.Reference = "BAD" THEN H.ToDo = "A"
ELSE
	Trace("after " + H.TriggerFunction + " " + H.FileName + " " + Product.Reference)
END

PROCEDURE LogAdd()
IF H.FileName = "Product" THEN
	HReset(Customer)
	Customer.Name = "added " + H.FileName
	HAdd(Customer)
END
