// A NumToString format written as a literal: one past NumToString's limits (a width past
// 10000) stops the run at the call, and wl check says so there, with the run's words
// (WL115). One outside the grammar of its help page ?3024024 (a display mask "# ##0,00",
// C's "%.2f", "2d,2" from a restaurant's code) compiles in WINDEV: the run reads it as PC
// SOFT's runtime does, and wl check warns (WL223; it was the error WL115, and the run
// stopped): no type at its end gives an empty string, else the parts it can read.
// A format in a variable, a NumericFormat or maskSystemCurrency is left to the run.
curTotal is currency = 1234.5
Trace(NumToString(curTotal, "# ##0,00")) // warning: WL223:7 NumToString: the format '# ##0,00' does not end with a type (d, f, e, x, o or b): NumToString gives an empty string
Trace(NumToString(curTotal, "%.2f")) // warning: WL223:7 NumToString: the format '%.2f' is not written as ?3024024 gives: it is read as '.2f'
Trace(NumToString(12, "2d,2")) // warning: WL223:7 NumToString: the format '2d,2' does not end with a type (d, f, e, x, o or b): NumToString gives an empty string
Trace(NumToString(curTotal, "99999d")) // error: WL115:7 NumToString: invalid format '99999d' (precision at most 30, width at most 10000)
sFormat is string = "zz"
Trace(NumToString(curTotal, "12.2fS"), NumToString(curTotal, ",2f"), NumToString(curTotal, ""), NumToString(curTotal, sFormat))
