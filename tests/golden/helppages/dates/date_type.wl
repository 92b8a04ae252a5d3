// Help page "Date (Type of variable)" (French page doc.pcsoft.fr ?1514066) with the
// English names: its example; the page states 31/12/2001 for EndDate (traced through
// DateToString) and does not say what the integer 1205 becomes (not traced).
StartDate is Date = 1205
EndDate is Date = "20011231"     // 31/12/2001
CurrentDate is Date = DateSys()
Trace(DateToString(EndDate))            // expect: 31/12/2001
Trace(EndDate)                          // expect: 20011231
Trace(CurrentDate = DateSys())          // expect: 1
Trace(EndDate.Day, EndDate.Month, EndDate.Year) // expect: 31, 12, 2001
