// A script that calls the procedures of a procedure set beside it (COL_Pricing.wdg),
// run as `wl run` runs it: the set is a neighbour, loaded because the script names its
// procedures, and its global declarations run first. The golden's companion files live in
// order_total_with_set_en.files/ (tests/golden_runner.py).
arrLines is array of 3 currencies = [19.90, 5.05, 100]
mTotal is currency = LineTotal(arrLines)
Trace("Lines: " + ArrayCount(arrLines))
// expect: Lines: 3
Trace("Net: " + mTotal)
// expect: Net: 124.95
Trace("Gross: " + WithVat(mTotal))
// expect: Gross: 149.94
Trace("Calls: " + gnPricingCalls)
// expect: Calls: 2
