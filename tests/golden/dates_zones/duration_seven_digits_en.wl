// A Duration given seven digits, "0000130" (issue 8, V, 7 Dec 2026; UNVERIFIED: the
// Duration page ?1514069 gives only the "+DHHMMSSCCC" form, ten digits at least, and
// says nothing of fewer). Decided: nine digits or fewer are a time's, read from the
// left as a Time's text is (HH, MM, SS, then hundredths and thousandths), so
// "0000130" is 00 h 00 min 13 s and its last 0 tenths: 13 s, as "000013" and
// "00001300" are (docs/semantics.md "A Duration of seven digits").
du is Duration = "0000130"
Trace(du..InMilliseconds) // expect: 13000
Trace(du = "000013", du = "00001300", du = 13 s) // expect: 1, 1, 1
du = "1234567"
Trace(du..Hour, du..Minute, du..Second, du..Millisecond) // expect: 12, 34, 56, 700
// the page's own form, with its sign and ten digits, is read from the right
du = "+0000000130"
Trace(du..InMilliseconds) // expect: 130
