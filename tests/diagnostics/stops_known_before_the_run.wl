// what the run refuses and the declarations or literals tell before it runs: the check
// says it at the call, in the run's words (it left them to the run)
aaStock is associative array of int
aaStock["A12"] = 4
Trace(DateDifference("2025", "20250101")) // error: WL115:7 DateDifference: '2025' is not a valid date (expected YYYYMMDD)
Trace(DateDifference("20250101", "")) // error: WL115:7 DateDifference: the date is empty
sLine is string = "a;b;c"
Trace(ExtractString(sLine, 0, ";")) // error: WL115:7 ExtractString: the rank must be at least 1 (got 0)
Trace(ExtractString(sLine, firstRank, ";"))
Trace(Val("1F", "q")) // error: WL115:7 Val: unknown format 'q' ("x" hexadecimal, "o" octal, "b" binary or "d" decimal)
Trace(Val("1F", "X"))
Trace(fListFile("*.txt", "NoSuchProcedure")) // error: WL102:7 fListFile: there is no procedure named 'NoSuchProcedure'
Trace(fListFile("*.txt", "Collect"))
arrQty is array of int = [3, 1]
ArraySort(arrQty, asFunction, "Missing") // error: WL102:1 ArraySort: there is no procedure named 'Missing'
ArraySort(arrQty, asFunction, "Collect")

PROCEDURE Collect(sFolder, sName)
RESULT True
