// DateToString and TimeToString with default and custom masks
Trace(DateToString("20240315")) // expect: 15/03/2024
Trace(DateToString("20240315", "YYYY-MM-DD")) // expect: 2024-03-15
Trace(DateToString("20240315", "DD MMMM YYYY")) // expect: 15 March 2024
Trace(TimeToString("13453025")) // expect: 13:45:30:25
Trace(TimeToString("0905", "HH:MM")) // expect: 09:05
