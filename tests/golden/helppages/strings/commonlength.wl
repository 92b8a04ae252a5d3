// Help page "CommonLength (Function)" (French page doc.pcsoft.fr ?3024045, TailleCommune):
// its example written with the English names, a Trace of each stated result, plus
// combined options and an empty string.
// Comparison from the beginning
Trace(CommonLength("ABCDE", "ABXYZ"))            // returns 2
// expect: 2
// Comparison from the end
Trace(CommonLength("VWXYZ", "ABXYZ", FromEnd)) // returns 3
// expect: 3
// Character by character
Trace(CommonLength("New York", "New Yorker"))  // returns 8
// expect: 8
// Whole words
Trace(CommonLength("New York", "New York City", WholeWord))  // returns 8
// expect: 8
// Case-sensitive / case-insensitive
Trace(CommonLength("ABCDE", "ABCdE"))            // returns 3
// expect: 3
Trace(CommonLength("ABCDE", "ABCdE", IgnoreCase)) // returns 5
// expect: 5
Trace(CommonLength("xyzABC", "WWabc", FromEnd + IgnoreCase))
// expect: 3
Trace(CommonLength("", "abc"))
// expect: 0
