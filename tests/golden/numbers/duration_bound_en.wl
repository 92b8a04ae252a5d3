// A Duration holds at most an 8-byte integer of milliseconds (INFERRED: the Duration page
// ?1514069 says a duration is "an integer (duration in milliseconds)" and states no
// bound): 106,751,991,167 days. Beyond it, the catchable "Numeric overflow" in words (a
// Duration multiplied by 1e300 printed some 300 digits). docs/semantics.md "Numbers out of range".
duStep is Duration = 1 s
WHEN EXCEPTION IN
    duStep = duStep * 1e300
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of 1.15741e+295 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
END
Trace(duStep) // expect: 1 s
duLong is Duration
duLong..InDays = 100000000000
Trace(duLong..InDays) // expect: 100000000000
WHEN EXCEPTION IN
    duLong..InDays = -200000000000
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of -2e+11 days is beyond the smallest Duration (-106,751,991,167 days, -9,223,372,036,854,775,807 ms).
END
WHEN EXCEPTION IN
    duLong = duLong + duLong
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of 2e+11 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
END
WHEN EXCEPTION IN
    duLong..InSeconds = 1e308
DO
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
END
duMs is Duration = 1e20 // expect error: Numeric overflow: a Duration of 1.15741e+12 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
