// calling a procedure that does not exist is an error
Trace("before") // expect: before
DoesNotExist(1) // expect error: DoesNotExist
