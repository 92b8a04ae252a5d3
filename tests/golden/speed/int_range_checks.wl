// Stores into an int are checked only on the side a value can cross (compiler/ranges.py):
// every side that can be crossed must still wrap at 32 bits.
s is int = 2147483640
FOR i = 1 TO 10
    s = s + i      // only the upper side can be crossed: it is
END
Trace(s) // expect: -2147483601
d is int = -2147483640
FOR i = 1 TO 10
    d = d - i      // only the lower side
END
Trace(d) // expect: 2147483601
n is int = -2147483648
n = n - 1
Trace(n) // expect: 2147483647
m is int = 2147483647
m += 1
Trace(m) // expect: -2147483648
m -= 1
Trace(m) // expect: 2147483647
p is int = 65536
p = p * 65536
Trace(p) // expect: 0
// a counter going down: the dividend of % can be negative
FOR i = 3 TO -3 STEP -1
    Trace(i % 2, -i % 2) // expect: 1, -1
    // expect: 0, 0
    // expect: 1, -1
    // expect: 0, 0
    // expect: -1, 1
    // expect: 0, 0
    // expect: -1, 1
END
q is int = 7
Trace(q % 3, -q % 3, q % -3) // expect: 1, -1, 1
// an int counter one step past the top of the range after its loop wraps, as any store
k is int
FOR k = 2147483646 TO 2147483647
END
Trace(k) // expect: -2147483648
