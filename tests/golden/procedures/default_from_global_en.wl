// A parameter's default value that reads a global of the main code (a separator, a
// default currency), named nowhere else in the procedure: the call that leaves the
// argument out stopped with "The variable 'gsSeparator' is used before its
// declaration" (the variable was kept local to the main code, the default not being
// counted as a use by the procedure).
gsSeparator is string = ";"
gnDecimals is int = 2
Trace(JoinCodes(["A", "B", "C"]))          // expect: A;B;C
Trace(JoinCodes(["A", "B"], " / "))        // expect: A / B
Trace(Amount(1234.5678))                   // expect: 1234.57
gnDecimals = 1
Trace(Amount(1234.5678))                   // expect: 1234.6

PROCEDURE JoinCodes(arrCodes is array of strings, sSep is string = gsSeparator)
RESULT ArrayToString(arrCodes, sSep)

PROCEDURE Amount(rValue is real, nDec is int = gnDecimals)
RESULT NumToString(Round(rValue, nDec), "." + nDec + "f")
