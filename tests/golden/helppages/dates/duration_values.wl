// Help page "Duration (Variable type)" (doc.pcsoft.fr/en-US ?1514069), its remarks on
// Duration values: a string is in the "+DHHMMSSCCC" format (days, hours, minutes,
// seconds, thousandths of a second), an integer is a number of milliseconds, 0 resets
// the duration (a "+D..." string was refused: "is not a duration").
Delay is Duration = "+0013000000"
Trace(Delay..InMinutes)
// expect: 90
Delay = "+2013000500"
Trace(Delay..Day, Delay..Hour, Delay..Minute, Delay..Millisecond)
// expect: 2, 1, 30, 500
Delay = "-0000100000"
Trace(Delay..InSeconds)
// expect: -60
Delay = 5000
Trace(Delay..InSeconds)
// expect: 5
Delay = 0
Trace(Delay..InMilliseconds)
// expect: 0
