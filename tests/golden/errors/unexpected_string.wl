// A string where none may stand is named with its text, as a number is ("unexpected a
// string" read badly); a long one is cut
nTotal is int = 5 "units" // expect error: unexpected the string "units"; expected ELSE or end of line
