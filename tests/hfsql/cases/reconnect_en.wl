// HReconnect (?1000017278): every connection lost with the server or the network is
// opened again, the others are left alone. Nothing is lost here: True, and the records
// are there. (A PostgreSQL connection ended from outside: tests/hfsql/test_connection_loss.py.)
HReset(Product)
Product.Reference = "KEPT"
HAdd(Product)
Trace(HReconnect(), HError())                           // expect: 1, 0
Trace(HNbRec(Product))                                  // expect: 1
Trace(HReadSeekFirst(Product, Reference, "KEPT"))       // expect: 1
