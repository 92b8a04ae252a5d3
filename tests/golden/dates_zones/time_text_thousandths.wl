// A Time given "HH:MM:SS.fff" keeps its thousandths (a Time holds them, ?2512062):
// ".999" is 999 milliseconds; it was read as hundredths (990). docs/semantics.md,
// "A Time holds thousandths".
t is Time = "12:30:00.999"
Trace(t, t..Millisecond) // expect: 123000999, 999
t = "08:15:30.25"
Trace(t, t..Millisecond) // expect: 08153025, 250
t = "08:15:30.5"
Trace(t, t..Millisecond) // expect: 08153050, 500
t = "23:59"
Trace(t) // expect: 23590000
