// HNoModif / HEndNoModif (?3044053): nobody may write the file, this program included,
// reads stay free; writes come back at HEndNoModif
HReset(Product)
Product.Reference = "P1"
Product.Label = "Pen"
HAdd(Product)
Trace(HNoModif(Product))                                    // expect: 1
Product.Reference = "P2"
Trace(HAdd(Product), HErrorLock(), ErrorOccurred)           // expect: 0, 1, 1
HReadFirst(Product, Reference)
Trace(Product.Reference, Product.Label, HNbRec(Product))    // expect: P1, Pen, 1
Product.Label = "Ink"
Trace(HModify(Product), HErrorLock())                       // expect: 0, 1
Trace(HDelete(Product), HErrorLock())                       // expect: 0, 1
// other files are not concerned; a second forbid of the same file changes nothing
HReset(Customer)
Customer.Name = "Ada"
Trace(HAdd(Customer), HNoModif(Product))                    // expect: 1, 1
Trace(HEndNoModif(Product))                                 // expect: 1
Trace(HModify(Product), HErrorLock())                       // expect: 1, 0
HReadFirst(Product, Reference)
Trace(Product.Label)                                        // expect: Ink
// "*": every file of the analysis; ending a forbid never held is not an error
Trace(HNoModif("*"))                                        // expect: 1
HReset(Customer)
Customer.Name = "Bob"
Customer.Email = "bob@example.org"
Trace(HAdd(Customer), HErrorLock())                         // expect: 0, 1
Trace(HEndNoModif("*"), HEndNoModif(Orders))                // expect: 1, 1
Trace(HAdd(Customer), HNbRec(Customer))                     // expect: 1, 2
// without a file: the last file used
HReadFirst(Customer, Name)
Trace(HNoModif(), HModify(Customer), HErrorLock(), HEndNoModif(), HModify(Customer))   // expect: 1, 0, 1, 1, 1
// deleting the data file is a write too: refused while forbidden (INFERRED)
Trace(HNoModif(Product), HDeleteFile(Product), HErrorLock(), HNbRec(Product))   // expect: 1, 0, 1, 1
Trace(HEndNoModif(Product), HDeleteFile(Product), HNbRec(Product))   // expect: 1, 1, 0
