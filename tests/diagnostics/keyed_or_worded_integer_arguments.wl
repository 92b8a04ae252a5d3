// ArrayDelete's index, fSplit's size and ErrorPropagate's code given a real literal: the
// run truncates it toward zero, so the check says the decimal part is lost (WL206). A key
// of an associative array, fSplit's text (refused in words) and ErrorPropagate's message
// are not numbers there: nothing is said of them.
arrLines is array of strings = ["a", "b", "c"]
ArrayDelete(arrLines, 1.75) // warning: WL206:23 ArrayDelete expects an integer as parameter 2: 1.75 is read as 1, its decimal part is lost
Trace(arrLines[1])
aaRates is associative array of real
aaRates["eur"] = 1.08
aaRates["usd"] = 1
ArrayDelete(aaRates, "eur")
aaCodes is associative array of string
aaCodes[2] = "two"
ArrayDelete(aaCodes, 2)
Trace(ArrayCount(aaRates), ArrayCount(aaCodes))
sFile is string = fTempPath() + "/split_me.txt"
fSaveText(sFile, "0123456789")
Trace(fSplit(sFile, 4.5)) // warning: WL206:21 fSplit expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
ErrorPropagate(12.5, "Stock too low") // warning: WL206:16 ErrorPropagate expects an integer as parameter 1: 12.5 is read as 12, its decimal part is lost
Trace(ErrorInfo(errCode))
ErrorPropagate("Stock too low")
Trace(ErrorInfo(errMessage))
FOR i = 1 TO 3
    fDelete(sFile + "." + NumToString(i, "03d"))
END
fDelete(sFile)
