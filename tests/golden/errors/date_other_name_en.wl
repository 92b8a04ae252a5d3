// Date() is not a WLanguage function (Date is a type; its page and a search of public
// WLanguage code show no call): the message says what to write (other_names.py)
Trace(DateSys() = Today()) // expect: 1
dToday is Date = Date() // expect error: Unknown procedure or function 'Date'; Date is a type, not a function: today is DateSys() (or Today())
