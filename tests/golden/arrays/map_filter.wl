// Map and Filter (French Transforme, Filtre): a new array from a lambda, a procedure or
// its name; the older ArrayMap is no WINDEV name
arrN is array of int = [1, 2, 3, 4, 5]
arrD is array of int = Map(arrN, x => x * 2)
Trace(ArrayToString(arrD, ";")) // expect: 2;4;6;8;10
Trace(ArrayToString(arrN, ";")) // expect: 1;2;3;4;5
arrS is array of strings = Map(arrN, (x, i) => { RESULT "n" + x + "@" + i })
Trace(arrS[1], arrS[5]) // expect: n1@1, n5@5
arrE is array of int = Filter(arrN, x => x % 2 = 0)
Trace(ArrayCount(arrE), ArrayToString(arrE, ";")) // expect: 2, 2;4
Trace(ArrayCount(Filter(arrN, IsBig))) // expect: 2
Trace(ArrayToString(Map(Filter(arrN, "IsBig"), Square), ",")) // expect: 16,25
arrEmpty is array of int
Trace(ArrayCount(Map(arrEmpty, x => x + 1))) // expect: 0
// the result is a new array: changing it leaves the source alone
arrE[1] = 99
Trace(arrN[2]) // expect: 2
Trace(Filter(arrN, 3)) // expect error: Filter: a procedure was expected
PROCEDURE IsBig(n)
RESULT n > 3
PROCEDURE Square(n)
RESULT n * n
