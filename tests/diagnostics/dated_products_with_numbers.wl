// A Date or DateTime multiplied or divided, or a number divided by a Duration,
// written with a number literal (`d * 2`, `10 / du`): WL113 with the run's words, as
// between two variables (the check said nothing when one side was a literal); so is a
// Duration literal (`90 min * dDue`, `2 h - dDue`: it said nothing, though `du * dDue` had one)
dDue is Date = "20261203"
duSlot is Duration = 90 min
PROCEDURE Refused()
Trace(dDue * 2) // error: WL113:7 A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(10 / duSlot) // error: WL113:12 A number cannot be divided by a Duration (a Duration can be divided by a number, not a number by a Duration)
Trace(90 min * dDue) // error: WL113:16 A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(2 h - dDue) // error: WL113:13 A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date)
Trace(dDue / 1 h 30 min) // error: WL113:7 A Date cannot be divided by a Duration (a Date is moved by adding or subtracting a number of days or a Duration)
PROCEDURE Computed()
Trace(duSlot * 2, 2 * duSlot, duSlot / 3, dDue - 1, dDue + 2, 3 * 4, dDue - 90 min, 90 min * 2)
