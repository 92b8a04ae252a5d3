// Help page "DateTimeToString (Function)" (French page doc.pcsoft.fr ?1000025516,
// DateHeureVersChaîne): its example with the English names and masks; numeric results are
// the page's, English names as in datetostring.wl.
Res = DateTimeToString("201912251715") // Res = "25/12/2019 17:15:00:00"
Trace(Res) // expect: 25/12/2019 17:15:00:00
Trace("[" + DateTimeToString("") + "]") // Returns ""
// expect: []
Res = DateTimeToString("201912251715", "MM-DD-YYYY HH:mm") // Res = "12-25-2019 17:15"
Trace(Res) // expect: 12-25-2019 17:15
Res = DateTimeToString("202012021715", "DDD DD MMM YYYY HH:mm")
Trace(Res) // expect: Wed 02 Dec 2020 17:15
Res = DateTimeToString("202012021715", "DDDD DD MMMM YYYY HH:mm")
Trace(Res) // expect: Wednesday 02 December 2020 17:15
