// A text literal that names no date or time stored into a Date, Time or DateTime is kept
// as it is, an invalid value (docs/semantics.md "An invalid Date"): WL206 says so at the
// variable (the check said nothing; "12/03/2025" is the usual slip, a French date
// written as it is shown). The forms a store reads, an empty text and "00000000" are
// not said.
dInvoice is Date = "12/03/2025" // warning: WL206:1 'dInvoice' is a Date: the text "12/03/2025" names no date (DateValid gives False for it) and is kept as it is; a Date is written "YYYYMMDD" or "2025-03-12"; StringToDate reads other forms
dInvoice = "20250230" // warning: WL206:1 'dInvoice' is a Date: the text "20250230" names no date (DateValid gives False for it) and is kept as it is; a Date is written "YYYYMMDD" or "2025-03-12"; StringToDate reads other forms
tStart is Time = "25:00" // warning: WL206:1 'tStart' is a Time: the text "25:00" names no time (TimeValid gives False for it) and is kept as it is; a Time is written "HHMMSS", "HHMMSSCC" or "10:30:00"
dtMeeting is DateTime = "2025-13-01T10:00:00" // warning: WL206:1 'dtMeeting' is a DateTime: the text "2025-13-01T10:00:00" names no date and time (DateTimeValid gives False for it) and is kept as it is; a DateTime is written "YYYYMMDDHHMMSS" or "2025-03-12T10:30:00"
dOk is Date = "2025-03-12"
dOk = "20240229"
dNone is Date = "00000000"
dNone = ""
tOk is Time = "10:30"
dtOk is DateTime = "202503121030"
Trace(dInvoice, tStart, dtMeeting, dOk, dNone, tOk, dtOk)
