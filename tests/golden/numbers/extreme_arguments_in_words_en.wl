// Arguments at the edges of the number and date functions fail in words, or give the
// value, never Python's words (found by calling each built-in of the value families with
// odd arguments, V, 6 Dec 2026). docs/builtins.md "Extreme arguments".
// RoundUp, RoundDown, Truncate take any count of decimals, as Round does (they said
// "Numeric overflow or invalid numeric operation.")
Trace(RoundUp(1.25, 9999999), RoundDown(-2.5, 400), Truncate(1.99, 40)) // expect: 1.25, -2.5, 1.99
Trace(Round(5, -9999999), RoundDown(5, -9999999), Truncate(-5, -9999999)) // expect: 0, 0, 0
Trace(RoundUp(5, -30)) // expect: 1000000000000000000000000000000
WHEN EXCEPTION IN
    Trace(RoundUp(5, -20000))
DO
    Trace(ExceptionInfo(errMessage)) // expect: RoundUp: numeric overflow, the result would have more than 10,000 digits.
END
// a rate of -100 % or less over a fractional number of periods has no real value: the
// family's non-fatal error (it gave a Python complex number)
rValue is real = FinCurrentVal(100, 0, 0.5, -200)
Trace(rValue, FinError(), ErrorOccurred) // expect: 0, 2, 1
Trace(ErrorInfo(errMessage)) // expect: FinCurrentVal: no real value for these parameters (a rate of -100 % or less over a fractional number of periods, or a result beyond the largest real).
Trace(FinRepayVal(1000, 0.5, -250), FinError()) // expect: 0, 2
Trace(FinRepayVal(31, 9999999), FinError()) // expect: 0, 2
Trace(NumToString(FinRepayVal(10000, 12, 0.375), ".2f"), FinError()) // expect: -853.79, 0
// the Euro conversions round at any size; past a currency's range, its overflow error
Trace(eToEuro(100), eToEuro(100, 1, 6)) // expect: 15.24, 15.244902
WHEN EXCEPTION IN
    Trace(eToCurrency(1e308))
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 6.55957000000000e+308 is beyond the largest currency (604,462,909,807,314,587.353087).
END
WHEN EXCEPTION IN
    Trace(IntegerToWeekNumber(9999999))
DO
    Trace(ExceptionInfo(errMessage)) // expect: IntegerToWeekNumber: 9999999 is not a day number between -657070 and 2994988.
END
WHEN EXCEPTION IN
    Trace(EpochToDateTime(1e308))
DO
    Trace(ExceptionInfo(errMessage)) // expect: EpochToDateTime: 1e+308 is outside the dates WLanguage handles.
END
arrDays is array of int = [1, 2]
Trace(DateSys(arrDays)) // expect error: DateSys(a value of type array) would set the computer's date: wlinterp does not change the clock, so nothing was changed.
