// Setting a property a Duration lacks (`du..Year = 2`) names the Duration and lists the
// properties it has; it said only "The property 'Year' cannot be set on this value".
// A member's or an element's InSeconds, InMinutes... are set as a variable's are.
// (docs/semantics.md, "Setting a property a Duration lacks")
du is Duration = 3 min 30 s
du..Minute = 5
Trace(du)   // expect: 5 min 30 s
ST is Structure
	Pause is Duration
END
st is ST
st.Pause..InSeconds = 90   // (a member's InSeconds was refused as "no member")
Trace(st.Pause)   // expect: 1 min 30 s
WHEN EXCEPTION IN
	st.Pause..Week = 1
DO
	Trace(ExceptionInfo())   // expect: A Duration has no property 'Week' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).
END
du..Year = 2   // expect error: A Duration has no property 'Year' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).
