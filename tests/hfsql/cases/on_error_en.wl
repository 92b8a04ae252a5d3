// HOnError: procedures for duplicate and integrity errors, and what their answer does
gnCalls is int
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "first@example.com"
HAdd(Customer)
Trace(HOnError("*", hErrDuplicates, "DupHandler"))   // expect: 1
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "FIRST@example.com"
Trace(HAdd(Customer), Customer.Email, gnCalls)
// expect: duplicate on Customer, 1
// expect: 1, second@example.com, 1
HReset(Customer)
Customer.Email = "first@example.com"
Trace(HAdd(Customer), HErrorDuplicates(), gnCalls)
// expect: duplicate on Customer, 1
// expect: 0, 1, 2
// a procedure for one file wins over "*"; integrity errors have their own kind
gnCalls = 0
HOnError(Orders, hErrIntegrity + hErrDuplicates, SilentHandler)
HReset(Orders)
Orders.CustomerID = 99
Trace(HAdd(Orders), HErrorIntegrity(), gnCalls)   // expect: 0, 1, 1
// "" gives the errors back to the code
HOnError("*", hErrAll, "")
HOnError(Orders, hErrAll, "")
Trace(HAdd(Orders), HErrorIntegrity(), gnCalls)   // expect: 0, 1, 1
HReset(Customer)
Customer.Email = "first@example.com"
Trace(HAdd(Customer), gnCalls)                    // expect: 0, 1
// opEndProgram stops the program
HOnError("*", hErrDuplicates, "Stop")
HAdd(Customer)                                    // expect: stopping
Trace("not reached")

PROCEDURE DupHandler()
    gnCalls++
    Trace("duplicate on " + HErrorInfo(hErrFile), HErrorDuplicates())
    IF gnCalls = 1 THEN
        Customer.Email = "second@example.com"   // fix the value, then run HAdd again
        RESULT opRetry
    END
    RESULT opCancel

PROCEDURE SilentHandler()
    gnCalls++
    // no RESULT: the call fails and the code goes on (opCancel)

PROCEDURE Stop()
    Trace("stopping")
    RESULT opEndProgram
