// let with an integer literal gives an 8-byte int: it does not wrap at 32 bits
let n = 2147483647
n++
Trace(n) // expect: 2147483648
i is int = 2147483647
i++
Trace(i) // expect: -2147483648
