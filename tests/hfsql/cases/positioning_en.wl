// HFirst/HLast/HNext/HPrevious/HSeek...: the position moves, nothing is read (the buffer
// and the record HModify writes stay those of the last read); HRecNum() tells where
FOR EACH sName OF ["Dupont", "Martin", "Bernard"]
    HReset(Customer)
    Customer.Name = sName
    HAdd(Customer)
END
HReadSeekFirst(Customer, Name, "Martin")
Trace(HFirst(Customer, Name), Customer.Name, HRecNum(Customer), HOut(Customer))
// expect: 1, Martin, 3, 0
Trace(HNext(Customer, Name), Customer.Name, HRecNum(Customer))   // expect: 1, Martin, 1
HReadNext(Customer, Name)
Trace(Customer.Name, HRecNum(Customer))                          // expect: Martin, 2
Trace(HLast(Customer, Name), HRecNum(Customer), HPrevious(Customer, Name), HRecNum(Customer))
// expect: 1, 2, 1, 1
Trace(HNext(Customer, Name), HNext(Customer, Name), HOut(Customer))   // expect: 1, 0, 1
// a search positions too; HModify still writes the record read (Martin, 2)
HReadSeekFirst(Customer, Name, "Martin")
Trace(HSeekFirst(Customer, Name, "dupont"), HFound(Customer), HRecNum(Customer))   // expect: 1, 1, 1
// HSeekLast as HReadSeekLast (?3044034): none equal, the last one below is positioned on
Trace(HSeekLast(Customer, Name, "Zorro"), HFound(Customer), HOut(Customer))      // expect: 0, 0, 0
Trace(HSeekLast(Customer, Name, "Aaron"), HFound(Customer), HOut(Customer))      // expect: 0, 0, 1
Trace(HSeek(Customer, Name, "Ber"), HRecNum(Customer), Customer.Name)            // expect: 1, 3, Martin
Customer.City = "Lyon"
HModify(Customer)
HRead(Customer, 2)
Trace(Customer.Name, Customer.City)                              // expect: Martin, Lyon
// HRead(File, HRecNum(File)) reads the record positioned on
HPremier(Customer, Name)
HLit(Customer, HNumEnr(Customer))
Trace(Customer.Name)                                             // expect: Bernard
HRecherchePremier(Customer, Name, "Dupont")
Trace(HNumEnr(Customer), HTrouve(Customer))                      // expect: 1, 1
// HCancelAlias: the alias is forgotten, the file stays
HAlias(Customer, "Client2")
Trace(HReadFirst(Client2, Name), Client2.Name)                   // expect: 1, Bernard
Trace(HCancelAlias(Client2), HNbRec(Customer))                   // expect: 1, 3
Trace(HState(Customer, 1) = hStateActive)                        // expect: 1
