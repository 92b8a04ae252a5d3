// Help pages' examples as copied from the page: their code holds no-break spaces
// (U+00A0) where the page shows a space, for the indentation and between words. Each
// blank of the code lines below is one: Duration ?1514069, Real ?1514048, SWITCH
// ?1510008, DO WHILE loops ?1510004 (a no-break space is a blank; within a string it
// stays a character of the string).
StartTime is Time = "1330"
EndTime is Time = "1730"
ConferenceDuration is Duration = EndTime - StartTime
Trace(ConferenceDuration..InHours) // expect: 4
TaskDuration is Duration = 3 min 30 s
Trace(TaskDuration..InSeconds) // expect: 210
num1 is real
num1 = 123 456.478
Trace(num1) // expect: 123456.478
Value is int = 3
Result1 is string = SWITCH (Value, "Zoe", "Emma", "Camille", ELSE "Not found")
Trace(Result1) // expect: Camille
SWITCH Value
    CASE 1 TO 2 : Trace("small")
    CASE 3, 4 : Trace("middle")
END
// expect: middle
Total is int = 1 + ...
    2
Trace(Total) // expect: 3
Trace(Length("a b")) // expect: 3
