// DateTime() is not a WLanguage function (DateTime is a type): now is DateTimeSys()
Trace(TypeVar(DateTimeSys()) = wlDateTime) // expect: 1
dtNow is DateTime = DateTime() // expect error: Unknown procedure or function 'DateTime'; DateTime is a type, not a function: now is DateTimeSys()
