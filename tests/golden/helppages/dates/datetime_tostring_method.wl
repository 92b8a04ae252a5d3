// Help page "<DateTime type>.ToString (Function)" (French page doc.pcsoft.fr ?1000025807,
// <Type DateHeure>.VersChaîne): its example with the English names; a Date variable's
// ToString keeps DateToString's default mask.
MyDateTime is DateTime
MyDateTime = "201912251715"
Res = MyDateTime.ToString() // Res = "25/12/2019 17:15:00:00"
Trace(Res) // expect: 25/12/2019 17:15:00:00
Res = MyDateTime.ToString("MM-DD-YYYY HH:mm") // Res = "12-25-2019 17:15"
Trace(Res) // expect: 12-25-2019 17:15
MyDateTime = "202012021715"
Res = MyDateTime.ToString("Dddd DD Mmmm YYYY HH:mm")
Trace(Res) // expect: Wednesday 02 December 2020 17:15
MyDate is Date = "20191225"
Trace(MyDate.ToString()) // expect: 25/12/2019
