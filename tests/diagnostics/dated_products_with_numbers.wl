// A Date or DateTime multiplied or divided, or a number divided by a Duration,
// written with a number literal (`d * 2`, `10 / du`): WL113 with the run's words, as
// between two variables (the check said nothing when one side was a literal)
dDue is Date = "20261203"
duSlot is Duration = 90 min
PROCEDURE Refused()
Trace(dDue * 2) // error: WL113:7 A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(10 / duSlot) // error: WL113:12 A number cannot be divided by a Duration (a Duration can be divided by a number, not a number by a Duration)
PROCEDURE Computed()
Trace(duSlot * 2, 2 * duSlot, duSlot / 3, dDue - 1, dDue + 2, 3 * 4)
