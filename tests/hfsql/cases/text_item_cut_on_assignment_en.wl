// A text item holds at most its size (Product.Reference: text 9): a longer text is cut
// as it is assigned, as a `string on 9` variable cuts it; the buffer, HAdd and the
// record read back agree
HReset(Product)
Product.Reference = "ABCDEFGHIJKLMN"
Trace(Product.Reference, Length(Product.Reference))   // expect: ABCDEFGHI, 9
Product.Label = "Bolt"
HAdd(Product)
Trace(Product.Reference)                               // expect: ABCDEFGHI
HReadSeekFirst(Product, Reference, "ABCDEFGHI")
Trace(HFound(Product), Product.Reference, Product.Label)   // expect: 1, ABCDEFGHI, Bolt
// a number is converted, then cut
Product.Reference = 12345678901234
Trace(Product.Reference)                               // expect: 123456789
// appending past the size keeps the first 9 characters
Product.Reference = "REF"
Product.Reference += "-0000000001"
Trace(Product.Reference)                               // expect: REF-00000
HModify(Product)
HReadFirst(Product, Reference)
Trace(Product.Reference)                               // expect: REF-00000
// a text exactly as long as the item, and a shorter one, are kept as they are
Product.Reference = "123456789"
Trace(Product.Reference)                               // expect: 123456789
Product.Reference = "AB"
Trace(Product.Reference, Length(Product.Reference))   // expect: AB, 2
// a memo item has no size: nothing is cut
Customer.Notes = Repeat("x", 500)
Trace(Length(Customer.Notes))                          // expect: 500
