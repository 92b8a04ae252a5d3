// A method called on a number resolves through the Num... functions (n.ToString is
// NumToString, with its formats: help page "NumToString (Function)",
// https://help.windev.com/en-US/?3024024, NumToString(123, "05d") returns "00123");
// it used to reach DateToString and fail with "'123' is not a valid date".
n is int = 123
Trace(n.ToString("05d")) // expect: 00123
r is real = 12345.5
Trace(r.ToString("010.2f")) // expect: 0012345.50
// a date keeps DateToString's masks
d is Date = "20240315"
Trace(d.ToString("DD/MM/YYYY")) // expect: 15/03/2024
