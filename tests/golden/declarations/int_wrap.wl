// an int variable wraps at 32 bits when a larger value is stored
i is int = 2147483647
i++
Trace(i) // expect: -2147483648
j is int = 2147483647
Trace(j + 1) // expect: 2147483648
j = j + 1
Trace(j) // expect: -2147483648
k is int = 4294967296 + 5
Trace(k) // expect: 5
