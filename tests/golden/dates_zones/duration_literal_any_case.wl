// Duration literals (help page "Duration (Variable type)", ?1514069): the unit word in any
// case, after blanks, a no-break space or none; a number before any other word is a number.
oneAndHalf is Duration = 1 H 30 MIN
ninety is Duration = 90min
Trace(oneAndHalf = ninety, oneAndHalf..InMinutes) // expect: 1, 90
twoDays is Duration = 2 D
Trace(twoDays..InHours) // expect: 48
quarter is Duration = 250 Ms
Trace(quarter..InMilliseconds, 15 s + 500 ms) // expect: 250, 15 s 500 ms
total is int = 3 + 4 * 2
Trace(total, 1.5 * total) // expect: 11, 16.5
