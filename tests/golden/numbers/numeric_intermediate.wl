// A numeric (i, d) operand does not round a product or quotient to its d decimals: the
// calculation keeps a numeric's precision (6 decimals, ?1514072; more when declared) and
// only the store into the numeric (i, d) rounds (INFERRED, docs/semantics.md "Numeric
// intermediate results"). 19.99 * 1.196 * 3 gave 71.73 (23.91 * 3) instead of 71.72.
nPrice is numeric (10,2) = 19.99
nTotal is numeric (10,2) = nPrice * 1.196 * 3
Trace(nTotal) // expect: 71.72
nBack is numeric (10,2) = nPrice / 3 * 3
Trace(nBack, nPrice / 3) // expect: 19.99, 6.663333
nWhole is numeric (10) = 10
nRound is numeric (10) = nWhole / 3 * 3
Trace(nWhole / 4, nRound) // expect: 2.5, 10
// more decimals than 6 are kept when the declaration has them
nFine is numeric (5,8) = 1
Trace(nFine / 3) // expect: 0.33333333
// a currency is a 6-decimal number at every step (?1514043: a 10-byte decimal)
mPrice is currency = 19.99
mTotal is currency = mPrice * 1.196 * 3
Trace(mTotal, mPrice / 3 * 3) // expect: 71.72412, 19.989999
mTen is currency = 10
Trace(mTen / 3 * 3) // expect: 9.999999
