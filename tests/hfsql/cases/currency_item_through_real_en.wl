// A value given to a currency item is stored as a currency variable stores it (runtime/
// stored_numbers.py co_currency): a real keeps its 15 significant digits and a value past
// the currency's range is the catchable Numeric overflow. The item kept the double's 17
// digits (1234567890.123457) where the variable has 1234567890.12346, so the record was
// not equal to the variable nor found by it; a 30-digit integer was stored whole.
fd is File Description
itm is Item Description
fd..Name = "Pay"
itm..Name = "Amount"
itm..Type = hItemCurrency
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Pay)
Pay.Amount = 1234567890.123456789
HAdd(Pay)
m is currency = 1234567890.123456789
FOR EACH Pay
	Trace(Pay.Amount, Pay.Amount = m)                  // expect: 1234567890.12346, 1
END
Trace(HReadSeekFirst(Pay, Amount, m), HFound(Pay))     // expect: 1, 1
Pay.Amount = 12345678901234567.25
m = 12345678901234567.25
Trace(Pay.Amount, m)                                   // expect: 12345678901234600, 12345678901234600
Pay.Amount = Val("123456789012345678901234567890")
// expect error: Numeric overflow: 123456789012345678901234567890 is beyond the largest currency (604,462,909,807,314,587.353087).
