// Help page "DateToString (Function)" (French page doc.pcsoft.fr ?3027025, DateVersChaîne):
// its example with the English names and masks. The numeric results are the page's; the
// English day and month names (capitalised, three letters abbreviated) are our reading of
// "the case depends on the project's linguistic options", forced by "Dddd"/"Mmmm".
Res = DateToString("20191225") // Res = "25/12/2019"
Trace(Res) // expect: 25/12/2019
Res = DateToString(IntegerToDate(73773)) // Res = "25/12/2001"
Trace(Res) // expect: 25/12/2001
Trace("[" + DateToString("") + "]")  // Returns ""
// expect: []
Res = DateToString("20191225", "MM-DD-YYYY") // Res = "12-25-2019"
Trace(Res) // expect: 12-25-2019
Res = DateToString("20031202", "DDD DD MMM YYYY")
Trace(Res) // expect: Tue 02 Dec 2003
Res = DateToString("20031202", "DDDD DD MMMM YYYY")
Trace(Res) // expect: Tuesday 02 December 2003
Res = DateToString("20031202", "Ddd DD Mmm YYYY")
Trace(Res) // expect: Tue 02 Dec 2003
Res = DateToString("20031202", "dddd dd mmmm yyyy")
Trace(Res) // expect: tuesday 02 december 2003
