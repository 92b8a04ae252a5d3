// x++ / x-- give the value before, ++x / --x the value after (WLanguage 27+)
i is int = 5
Trace(i++, i) // expect: 5, 6
Trace(++i, i) // expect: 7, 7
Trace(i--, --i) // expect: 7, 5
a is array of int = [1, 2]
Trace(a[2]++, a[2]) // expect: 2, 3
n is int
WHILE n++ < 2
    Trace("n=" + n)
END
// expect: n=1
// expect: n=2
++n
Trace(n) // expect: 4
