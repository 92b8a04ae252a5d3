// let with an integer literal gives an int, as `i is int` (?3087003's table turns the
// small integer types into int): it wraps at 32 bits. A literal past 4 bytes gives an
// 8-byte int, which does not (INFERRED, docs/semantics.md "let / soit").
let n = 2147483647
n++
Trace(n, TypeVar(n) = wlInt) // expect: -2147483648, 1
i is int = 2147483647
i++
Trace(i) // expect: -2147483648
let big = 2147483648
big++
Trace(big, TypeVar(big) = wlInt_8) // expect: 2147483649, 1
// past 8 bytes a numeric (it gave 7766279631452241919, wrapped at 64 bits), the literal
// through a real's 15 digits, as any literal stored into a numeric (?1514072)
let huge = 99999999999999999999
huge++
Trace(huge, TypeVar(huge) = wlNumeric) // expect: 100000000000000000001, 1
