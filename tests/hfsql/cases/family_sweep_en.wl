// The reading family as business code uses it, pinned on SQLite and PostgreSQL:
// HReadSeekFirst/HReadSeekLast search an exact value by default and a prefix with
// hGeneric ("By default, HSeekFirst and HSeekLast are used to perform an exact-match
// search", ?3044129), text keys ignoring case; HReadSeekLast then HReadPrevious walks the
// customers whose balance is at most a value (HReadSeekLast ?3044034's second example);
// hLimitParsing stops at the last record of the value; HLast/HPrevious go down the key
// (?3044101), equal keys latest first; HNbRec's states; HCross in a loop (?3044121's
// example); HFilter on a key between two bounds, bounds included, then HReadNext;
// HTransactionCancel undoes an add, a modify and a delete; an alias browses on its own;
// HChangeKey changes the key the next HReadNext follows.
AddCustomer("MOORE", 100)
AddCustomer("Moorehead", 50)
AddCustomer("MOORE", 300)
AddCustomer("Adams", 20)
AddCustomer("Zola", 500)
AddCustomer("Moore", 200)
AddCustomer("Baker", 30)
// exact by default, case ignored; a prefix with hGeneric
Trace(HReadSeekFirst(Customer, Name, "moore"), Customer.Name, Customer.Balance)   // expect: 1, MOORE, 100
Trace(HReadSeekLast(Customer, Name, "MOORE"), Customer.Name, Customer.Balance)    // expect: 1, Moore, 200
Trace(HReadSeekFirst(Customer, Name, "Moo"), HFound(Customer))                    // expect: 0, 0
Trace(HReadSeekFirst(Customer, Name, "Moo", hGeneric), Customer.Name)             // expect: 1, MOORE
Trace(HReadSeekLast(Customer, Name, "Moo", hGeneric), Customer.Name)              // expect: 1, Moorehead
// not found: HReadSeekLast stops on the last record below the value
Trace(HReadSeekLast(Customer, Name, "Moo"), HFound(Customer), HOut(Customer), Customer.Name)   // expect: 0, 0, 0, Baker
// the customers whose balance is at most 250, from the highest down
HReadSeekLast(Customer, Balance, 250)
WHILE NOT HOut(Customer)
	Trace("at most 250", Customer.Name, Customer.Balance)
	HReadPrevious(Customer, Balance)
END
// expect: at most 250, Moore, 200
// expect: at most 250, MOORE, 100
// expect: at most 250, Moorehead, 50
// expect: at most 250, Baker, 30
// expect: at most 250, Adams, 20
// hLimitParsing: the browse ends after the value's last record, either way
HReadSeekFirst(Customer, Name, "Moore", hLimitParsing)
WHILE NOT HOut(Customer)
	Trace("limited", Customer.Name, Customer.Balance)
	HReadNext(Customer, Name)
END
// expect: limited, MOORE, 100
// expect: limited, MOORE, 300
// expect: limited, Moore, 200
HReadSeekLast(Customer, Name, "Moore", hLimitParsing)
WHILE NOT HOut(Customer)
	Trace("limited back", Customer.Balance)
	HReadPrevious(Customer, Name)
END
// expect: limited back, 200
// expect: limited back, 300
// expect: limited back, 100
// HLast and HPrevious position without reading: HRead reads the current record
HLast(Customer, Name)
sNames is string
WHILE NOT HOut(Customer)
	HRead(Customer, HRecNum(Customer))
	sNames += [" "] + Customer.Name + Customer.Balance
	HPrevious(Customer, Name)
END
Trace(sNames)   // expect: Zola500 Moorehead50 Moore200 MOORE300 MOORE100 Baker30 Adams20
// HNbRec's states after a delete and a cross
HReadSeekFirst(Customer, Name, "Baker")
HDelete(Customer)
HReadSeekFirst(Customer, Name, "Zola")
HCross(Customer)
Trace(HNbRec(Customer), HNbRec(Customer, hStateActive), HNbRec(Customer, hStateCrossed))   // expect: 5, 5, 1
Trace(HNbRec(Customer, hStateDel), HNbRec(Customer, hStateAll))                          // expect: 1, 7
// a filter on a key between two bounds, bounds included, then HReadNext on it
Trace(HFilter(Customer, Name, "Adams", "MOORE"))   // expect: Name
HReadFirst(Customer, Name)
WHILE NOT HOut(Customer)
	Trace("filtered", Customer.Name, Customer.Balance)
	HReadNext(Customer, Name)
END
// expect: filtered, Adams, 20
// expect: filtered, MOORE, 100
// expect: filtered, MOORE, 300
// expect: filtered, Moore, 200
HDeactivateFilter(Customer)
// a cancelled transaction takes its add, modify and delete back
HTransactionStart()
AddCustomer("Temporary", 1)
HReadSeekFirst(Customer, Name, "Adams")
Customer.Balance = 999
HModify(Customer)
HReadSeekFirst(Customer, Name, "Moorehead")
HDelete(Customer)
Trace(HNbRec(Customer))                            // expect: 5
Trace(HTransactionCancel())                        // expect: 1
Trace(HNbRec(Customer), HReadSeekFirst(Customer, Name, "Temporary"))   // expect: 5, 0
Trace(HReadSeekFirst(Customer, Name, "Adams"), Customer.Balance)       // expect: 1, 20
Trace(HReadSeekFirst(Customer, Name, "Moorehead"))                     // expect: 1
// an alias keeps its own position
Cust2 is Data Source
Trace(HAlias(Customer, Cust2))                     // expect: 1
HReadFirst(Cust2, Name)
HReadLast(Customer, Name)
HReadNext(Cust2, Name)
Trace(Cust2.Name, Customer.Name)                   // expect: MOORE, Moorehead
// HChangeKey: the next HReadNext follows the new key
HReadSeekFirst(Customer, Name, "MOORE")
Trace(HChangeKey(Customer, CustomerID), Customer.CustomerID)   // expect: 1, 1
HReadNext(Customer)
Trace(Customer.Name, Customer.CustomerID)          // expect: Moorehead, 2

PROCEDURE AddCustomer(sName is string, cBalance is currency)
HReset(Customer)
Customer.Name = sName
Customer.Balance = cBalance
HAdd(Customer)
