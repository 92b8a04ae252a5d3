// A number literal beyond an integer's range (?1514049: -2 x 10^9 to 2 x 10^9 for an int,
// 0 to 255 for an unsigned 1-byte int...). A real literal stops the run with "Numeric
// overflow", so the check says it in the run's words (it said "the decimal part of this
// value is lost" and the run showed -1981284352); an integer literal wraps, and the check
// says what is stored. A hexadecimal literal is a bit pattern: its wrap is meant.
nBig is int = 1e19 // error: WL110:1 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
nBig = -3.5e9 // error: WL110:1 Numeric overflow: -3500000000 is beyond the smallest int (-2,147,483,648).
nWrapped is int = 3000000000 // warning: WL206:1 'nWrapped' cannot hold 3000000000: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as -1294967296
nByte is unsigned 1-byte int = 300.7 // error: WL110:1 Numeric overflow: 300 is beyond the largest unsigned 1-byte int (255).
nMask is int = 0xFFFFFFFF
nLong is 8-byte int = 1e18
nLong = 2147483648
// a division of two integer literals that leaves no remainder loses nothing: no WL206
nHalf is int = 10 / 2
nHalf = 7 / 2 // warning: WL206:1 'nHalf' is an integer: the decimal part of this value is lost
// a Duration given more milliseconds than an 8-byte integer holds: the run stops there
duLong is Duration = 1e20 // error: WL110:1 Numeric overflow: a Duration of 1.15741e+12 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
duLong = 9e18
// a text the run reads as a number: "1e19" a real (the overflow), "4294967301" an integer (it wraps)
nText is int = "1e19" // error: WL110:1 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
nText = "4294967301" // warning: WL206:1 'nText' cannot hold 4294967301: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as 5
Trace(nBig, nWrapped, nByte, nMask, nLong, nHalf, duLong, nText)
