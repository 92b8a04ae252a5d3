// DateTimeSys() gives a DateTime of 16 digits (hundredths: YYYYMMDDHHMMSSCC), where a
// DateTime variable holds 17 (thousandths): stored into an integer smaller than 8 bytes it
// is the catchable "Numeric overflow", whose words name the digits the value has (they
// named 17 for a value of 16). INFERRED: docs/semantics.md "A DateTime stored into an integer".
WHEN EXCEPTION IN
    nNow is int = DateTimeSys()
    Trace(nNow)
DO
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(Right(ExceptionInfo(errMessage), 58)) // expect: a DateTime's digits (YYYYMMDDHHMMSSCC) need an 8-byte int.
END
nWide is int on 8 bytes = DateTimeSys()
Trace(Length(NumToString(nWide))) // expect: 16
