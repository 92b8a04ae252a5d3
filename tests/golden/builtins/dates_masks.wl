// date masks: month and day names follow the token's case; time hundredths with CC
Trace(DateToString("20240305", "Mmmm")) // expect: March
Trace(DateToString("20240305", "MMM YY")) // expect: Mar 24
Trace(DateToString("20240305", "dddd")) // expect: tuesday
Trace(TimeToString("13453025", "HH:MM:SS:CC")) // expect: 13:45:30:25
Trace(DateValid("20240229"), DateValid("20230229")) // expect: 1, 0
