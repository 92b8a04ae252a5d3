// ArrayReverse, ArrayDeleteDuplicate, ArrayCopy, ArraySwapLine, ArrayMove, ArrayShuffle;
// Sum/Mean (an array or values) and the Stat... aggregates
t is array of int = [3, 1, 2, 3, 1]
ArrayReverse(t)
Trace(ArrayToString(t, ",")) // expect: 1,3,2,1,3
Trace(ArrayDeleteDuplicate(t), ArrayToString(t, ","), ArrayCount(t)) // expect: 2, 1,3,2, 3
c is array of int = ArrayCopy(t)
c[1] = 99
Trace(t[1], c[1]) // expect: 1, 99
ArraySwapLine(t, 1, 3)
Trace(ArrayToString(t, ",")) // expect: 2,3,1
ArrayMove(t, 1, 3)
Trace(ArrayToString(t, ",")) // expect: 3,1,2
Trace(Sum(t), Sum(1, 2, 3.5), Mean(2, 4), Mean(t)) // expect: 6, 6.5, 3, 2
n is array of numeric = [0.1, 0.2]
Trace(Sum(n)) // expect: 0.3
d is array of int = [2, 4, 4, 4, 5, 5, 7, 9]
Trace(StatMin(d), StatMax(d), StatSum(d), StatAverage(d), StatStandardDeviationP(d), StatVarianceP(d)) // expect: 2, 9, 40, 5, 2, 4
s is array of int = [1, 2, 3, 4, 5]
ArrayShuffle(s)
Trace(Sum(s), ArrayCount(s)) // expect: 15, 5
e is array of int
Trace(Sum(e)) // expect: 0
ArraySwapLine(t, 1, 9) // expect error: ArraySwapLine: index 9 is outside the array (1 to 3).
