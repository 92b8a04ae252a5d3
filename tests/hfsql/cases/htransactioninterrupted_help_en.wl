// HTransactionInterrupted ?3044026 (English twin of the French page; the English names
// of its H variables are INFERRED): no transaction is ever interrupted here (the
// database undid a crashed one), and H.TrsInternalId is then -1, as the page says.
IF HTransactionInterrupted("") = True THEN
	HTransactionCancel()
END
Trace(HTransactionInterrupted(""), H.TrsInternalId)               // expect: 0, -1
Trace(HTransactionInterrupted(Customer), H.TrsApplicationName = "") // expect: 0, 1
