// A DateTime's method called with a wrong count names the DateTime function it stands
// for (it named DateToString, the first String/Date/Time candidate): the
// `<DateTime>.ToString` page's example written with a datetime before its mask
// (?1000025807, French page: `MaDateHeure.VersChaîne("202012021715", "Jjjj ...")`).
dt is DateTime = "202012021715"
Trace(dt.ToString("DD/MM/YYYY HH:mm")) // expect: 02/12/2020 17:15
Trace(dt.ToString("202012021715", "DD MM YYYY")) // expect error: The method .ToString() is DateTimeToString, which expects 1 to 2 parameter(s) counting the value it is called on, but received 3.
