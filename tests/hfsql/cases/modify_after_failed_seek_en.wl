// A seek that reads nothing (HFound 0, HOut 1) leaves no current record: HModify and
// HDelete fail (ErrorOccurred) instead of rewriting the record read before it, and
// HSave adds
HReset(Product) ; Product.Reference = "P1" ; Product.Label = "pen" ; HAdd(Product)
HReset(Product) ; Product.Reference = "P2" ; Product.Label = "ink" ; HAdd(Product)
HReadSeekFirst(Product, Reference, "P2")
Trace(HFound(Product), HRecNum(Product) > 0)                 // expect: 1, 1
HReadSeekFirst(Product, Reference, "P9")
Trace(HFound(Product), HOut(Product), HRecNum(Product))      // expect: 0, 1, 0
Product.Label = "changed"
Trace(HModify(Product), ErrorOccurred)                       // expect: 0, 1
Trace(HDelete(Product), ErrorOccurred)                       // expect: 0, 1
HReadSeekFirst(Product, Reference, "P2")
Trace(Product.Label, HNbRec(Product))                      // expect: ink, 2
HReadSeekFirst(Product, Reference, "P9")
Product.Reference = "P9" ; Product.Label = "new"
Trace(HSave(Product), HNbRec(Product))                       // expect: 1, 3
