// The precision written after `numeric` holds for an array's elements too: `array of 5
// numeric (10,2)` rounds what is stored to 2 decimals, as `n is numeric (10,2)` does;
// the elements kept every decimal. The plural (`numerics (10,2)`) is read the same way.
// (docs/semantics.md "numeric precision in arrays")
n is numeric (10,2)
n = 1.256
Trace(n) // expect: 1.26
prices is array of 3 numeric (10,2)
prices[1] = 1.256
prices[2] = 2.004
Trace(prices[1], prices[2], prices[3]) // expect: 1.26, 2, 0
totals is array of numerics (10, 2)
totals.Add(3.456)
ArrayAdd(totals, 1.005)
Trace(totals[1], totals[2]) // expect: 3.46, 1.01
rates is array of numeric (*)
rates.Add(1.23456789)
Trace(rates[1]) // expect: 1.23456789
