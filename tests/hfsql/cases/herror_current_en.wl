// HError(hErrCurrent): the error of the last H* call, as HError() gives it (PC SOFT's own
// WINDEV Mobile code writes HErreur(hErrEnCours); stdlib/hfsql_errors.py, docs/hfsql.md
// "HError's argument")
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
Trace(HAdd(Customer), HError(hErrCurrent))              // expect: 1, 0
HReset(Customer)
Customer.Name = "Durand"
Customer.Email = "dupont@example.com"
Trace(HAdd(Customer))                                   // expect: 0
Trace(HError(hErrCurrent) = HError(), HError(hErrCurrent) = hErrDuplicates)   // expect: 1, 1
Trace(HError(hErrCurrent) <> 0, HError(HERRCURRENT) = 70200)                  // expect: 1, 1
