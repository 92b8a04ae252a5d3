// A NumToString format written as a literal that NumToString cannot read (a display
// mask "# ##0,00", C's "%.2f", a width past 10000) stops the run at the call; wl check
// says so there, with the run's words (WL115; it said nothing). A format in a variable,
// a NumericFormat or maskSystemCurrency is left to the run.
curTotal is currency = 1234.5
Trace(NumToString(curTotal, "# ##0,00")) // error: WL115:7 NumToString: invalid format '# ##0,00'
Trace(NumToString(curTotal, "%.2f")) // error: WL115:7 NumToString: invalid format '%.2f'
Trace(NumToString(curTotal, "99999d")) // error: WL115:7 NumToString: invalid format '99999d' (precision at most 30, width at most 10000)
sFormat is string = "zz"
Trace(NumToString(curTotal, "12.2fS"), NumToString(curTotal, ",2f"), NumToString(curTotal, ""), NumToString(curTotal, sFormat))
