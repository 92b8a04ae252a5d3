// Help page "Millisecond (Property)" (help.windev.com ?2512062): its example on a
// variable (the page keeps French names: HeureDébut), with a Trace of the part. The page's
// comment says the datetime "corresponds to 200112311230300"; by its own reminder a
// datetime is YYYYMMDDHHmmSSCCC, so "200112311230250" is 12:30:25 (missing digits are
// zeros) and 50 ms more is 12:30:25.050: our decision, docs/builtins.md "Millisecond".
HeureDébut is DateTime = "200112311230250"
// Add 50 milliseconds
HeureDébut.Millisecond += 50
Trace(HeureDébut.Millisecond)          // expect: 50
Trace(HeureDébut)                      // expect: 20011231123025050
// Modify the number of milliseconds
HeureDébut.Millisecond = 50
Trace(HeureDébut..Millisecond)         // expect: 50
// Past 999 the milliseconds carry into the seconds
HeureDébut.Millisecond += 990
Trace(HeureDébut)                      // expect: 20011231123026040
// The page also reads and changes the milliseconds of a Time and of a Duration
StartTime is Time = "12302500"
StartTime.Millisecond += 50
Trace(StartTime.Millisecond)           // expect: 50
Task is Duration = 1 s
Task.Millisecond += 250
Trace(Task.InMilliseconds)             // expect: 1250
Task.Millisecond = 999
Trace(Task.Millisecond, Task.Second)   // expect: 999, 1
