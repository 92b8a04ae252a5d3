// Help page "TraceBuild (Function)" (doc.windev.com ?1000021683): its example, with the
// customer code given a value, then the same %N rules on several parameters.
nCustomerCode is int = 1042
// Display an error message in the trace window
TraceBuild("The customer code %1 does not exist.", nCustomerCode)
// expect: The customer code 1042 does not exist.
TraceBuild("%2 before %1, %1 again", "first", "second")
// expect: second before first, first again
