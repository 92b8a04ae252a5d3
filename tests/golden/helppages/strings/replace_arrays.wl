// Help page "Replace (Function)" (help.windev.com): the string to replace may be an
// array of strings, and the replacement an array too (the n-th replaces the n-th);
// IgnoreCase and WholeWord options.
Trace(Replace("Hello hello", "hello", "bye", IgnoreCase)) // expect: bye bye
Trace(Replace("cat catalog", "cat", "dog", WholeWord)) // expect: dog catalog
Trace(Replace("1 kg, 2 lb", ["kg", "lb"], ["kilo", "pound"])) // expect: 1 kilo, 2 pound
Trace(Replace("a-b_c", ["-", "_"], " ")) // expect: a b c
// "String operators" help page: a character of a string can be written
s is string = "WINDEV"
s[[1]] = "w"
Trace(s) // expect: wINDEV
s[[2 TO 6]] = "ebdev"
Trace(s) // expect: webdev
