// HDeactivateTrigger / HActivateTrigger / HListTrigger (parameters from HFSQL's C
// interface, behaviour decided: docs/hfsql.md "Triggers"): deactivated triggers stay
// described but do not run
Trace(HDescribeTrigger("Product", "HAdd", "Audit", hTriggerBefore)) // expect: 1
Trace(HDescribeTrigger("*", "HModify", "Audit", hTriggerAfter)) // expect: 1
Trace(Replace(HListTrigger("Product"), TAB, "|"))
// expect: Product|HAdd|Audit|1
// expect: *|HModify|Audit|2
Trace(Replace(HListTrigger(Customer), TAB, "|")) // expect: *|HModify|Audit|2
Trace(HDeactivateTrigger("Product")) // expect: 1
HReset(Product)
Product.Reference = "R1"
Trace(HAdd(Product)) // expect: 1
Trace(HActivateTrigger("Product")) // expect: 1
HReset(Product)
Product.Reference = "R2"
Trace(HAdd(Product))
// expect: before HAdd Product
// expect: 1
// every file off, then one file on again: "*" triggers run for that file only
Trace(HDeactivateTrigger()) // expect: 1
HReadFirst(Product, Reference)
Trace(HModify(Product)) // expect: 1
HActivateTrigger(Product)
Trace(HModify(Product))
// expect: after HModify Product
// expect: 1
HReset(Customer)
Customer.Name = "Ann"
HAdd(Customer)
Trace(HModify(Customer)) // expect: 1
HActivateTrigger("*")
Trace(HModify(Customer))
// expect: after HModify Customer
// expect: 1
// by function and type too (HFSQL's interface: files, functions, type, all optional)
Trace(HDeactivateTrigger("*", "HModify", hTriggerAfter)) // expect: 1
Trace(HModify(Customer)) // expect: 1
HReset(Product)
Product.Reference = "R3"
Trace(HAdd(Product))
// expect: before HAdd Product
// expect: 1
Trace(HActivateTrigger("", "HModify")) // expect: 1
Trace(HModify(Customer))
// expect: after HModify Customer
// expect: 1
Trace(HDeactivateTrigger(Product, "HAdd", 9), ErrorOccurred) // expect: 0, 1
// an unknown file: a non-fatal failure
Trace(HDeactivateTrigger("Nothing"), ErrorOccurred) // expect: 0, 1
Trace("[" + HListTrigger("Nothing") + "]", ErrorOccurred) // expect: [], 1
// HSetTrigger: the whole management of triggers, the former state back
Trace(HSetTrigger(False), HModify(Customer), HSetTrigger(True)) // expect: 1, 1, 0
Trace(HDeleteTrigger("*", "HModify")) // expect: 1
Trace(Replace(HListTrigger(), TAB, "|")) // expect: Product|HAdd|Audit|1

PROCEDURE Audit()
IF H.Action = "A" THEN
	Trace("before " + H.TriggerFunction + " " + H.FileName)
ELSE
	Trace("after " + H.TriggerFunction + " " + H.FileName)
END
