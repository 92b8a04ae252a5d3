// HReconnect (?1000017278): every connection lost with the server or the network is
// opened again, the others are left alone. A file database is never lost: True, nothing
// changes, and the records are there. (A lost PostgreSQL connection:
// tests/hfsql/test_connection_loss.py.)
fd is File Description
it is Item Description
fd..Name = "Customer"
it..Name = "Name" ; it..Type = hItemText ; it..Size = 30 ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Customer)
HReset(Customer)
Customer.Name = "Ann" // wl: ignore[WL101] (an item of a file described at run time)
HAdd(Customer)
Trace(HReconnect(), HError()) // expect: 1, 0
Trace(HNbRec(Customer)) // expect: 1
IF HReadSeekFirst(Customer, Name, "Ann") THEN Trace(Customer.Name) // expect: Ann
