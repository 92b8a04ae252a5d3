// GetDefinition of a variable whose values look like another type's at run time (a Date
// like its digit string, a Buffer like a string, a currency like a numeric) gives the
// declared type's definition, as TypeVar gives its wl... constant (?1000019333; names
// decided: docs/builtins.md "Reflection"). A Date said "string" before.
d is Date = "20240105"
t is Time = "1230"
dt is DateTime = "20240105123000"
du is Duration = 90 min
b is Buffer = "AB"
c is currency = 1.5
n is numeric = 2.25
ch is character = "x"
u is UNICODE string = "é"
i8 is int on 8 bytes = 5000000000
Trace(GetDefinition(d).Name, GetDefinition(d).Type = wlDate) // expect: date, 1
Trace(GetDefinition(t).Name, GetDefinition(t).Type = wlTime) // expect: time, 1
Trace(GetDefinition(dt).Name, GetDefinition(dt).Type = wlDateTime) // expect: datetime, 1
Trace(GetDefinition(du).Name, GetDefinition(du).Type = wlDuration) // expect: duration, 1
Trace(GetDefinition(b).Name, GetDefinition(b).Type = wlBuffer) // expect: buffer, 1
Trace(GetDefinition(c).Name, GetDefinition(c).Type = wlCurrency) // expect: currency, 1
Trace(GetDefinition(n).Name, GetDefinition(n).Type = wlNumeric) // expect: numeric, 1
Trace(GetDefinition(ch).Name, GetDefinition(ch).Type = wlCharacter) // expect: character, 1
Trace(GetDefinition(u).Name, GetDefinition(u).Type = wlUnicodeString) // expect: unicode string, 1
Trace(GetDefinition(i8).Name, GetDefinition(i8).Type = wlInt_8) // expect: int, 1
Trace(GetDefinition(d).DefinitionFamily = GetDefinition(5).DefinitionFamily) // expect: 1
ST is Structure
  dBirth is Date
END
s is ST
arrDays is array of Date
ArrayAdd(arrDays, "20240101")
v is Variant = Today()
Trace(GetDefinition(s.dBirth).Name, GetDefinition(arrDays[1]).Name) // expect: date, date
Trace(GetDefinition(v).Name, GetDefinition(NextSlot()).Name) // expect: date, datetime
dMissing is Date? = Null
Trace(GetDefinition(dMissing) = Null, ErrorOccurred) // expect: 1, 1

PROCEDURE NextSlot() : DateTime
RESULT Now()
