// ends-with operators: =] exact, ~] ignores trailing spaces and case, ~~] ignores spaces, punctuation and case
Trace("report.txt" =] ".txt") // expect: 1
Trace("report.TXT" =] ".txt") // expect: 0
Trace("report.TXT  " ~] ".txt") // expect: 1
Trace("the end!" ~~] "THEEND") // expect: 1
Trace("report.txt" =] "doc") // expect: 0
