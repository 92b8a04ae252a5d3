// Help page "String literals: single-line and multiline strings" (help.windev.com
// ?1512011), its single-line syntaxes: a string between double quotation marks, where a
// double quotation mark is written twice, and (new in 2024) a string between backticks.
// The page shows the syntaxes only: the traced values are what its rules give.
sText is string
sText = "He said ""hello"""
Trace(sText)                            // expect: He said "hello"
sText = `He said "hello"`
Trace(sText)                            // expect: He said "hello"
Trace(Length(`""`))                     // expect: 2
