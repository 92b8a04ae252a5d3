// The Stat* family (docs/builtins.md "Statistics"): a sample's variance divides by n - 1,
// a population's (the P functions) by n; covariance divides by n; StatError tells.
d is array of int = [2, 4, 4, 4, 5, 5, 7, 9]
Trace(StatSum(d), StatAverage(d), StatMin(d), StatMax(d))   // expect: 40, 5, 2, 9
Trace(StatVarianceP(d), StatStandardDeviationP(d))   // expect: 4, 2
Trace(Round(StatVariance(d), 6), Round(StatStandardDeviation(d), 6))   // expect: 4.571429, 2.13809
Trace(StatAverageDeviation(d))   // expect: 1.5
x is array of real = [3, 4, 8]
y is array of real = [3, 10, 8]
Trace(Round(StatCovariance(x, y), 6), Round(StatCorrelation(x, y), 6))   // expect: 2.666667, 0.419314
Trace(StatCorrelation(x, x), StatCorrelation(x, [-3, -4, -8]))   // expect: 1, -1
Trace(StatError())   // expect: 0
// numeric values keep their decimals exactly
m is array of numeric = [0.1, 0.2, 0.3]
Trace(StatSum(m), StatAverage(m))   // expect: 0.6, 0.2
// values that give no statistic: 0, ErrorOccurred, StatError's number
e is array of int
Trace(StatAverage(e), ErrorOccurred, StatError())   // expect: 0, 1, 1
Trace(StatSum(e), StatError())   // expect: 0, 0
Trace(StatCovariance(x, d), StatError())   // expect: 0, 2
one is array of int = [7]
Trace(StatVarianceP(one), StatVariance(one), StatError())   // expect: 0, 0, 3
Trace(StatCorrelation(x, [1, 1, 1]), StatError())   // expect: 0, 3
Trace(ErrorInfo() <> "")   // expect: 1
Trace(StatMax(5))   // expect error: StatMax expects an array
