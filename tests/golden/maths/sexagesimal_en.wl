// Sexagesimal angles (docs/builtins.md "Sexagesimal angles"): [-]DDD°MM'SS'', seconds
// rounded, degrees modulo 360; the reverse reads each part before its mark.
Trace(DecimalToSexagesimal(48.8566), DecimalToSexagesimal(-2.3522))   // expect: 048°51'24'', -002°21'08''
Trace(DecimalToSexagesimal(10.5), DecimalToSexagesimal(0), DecimalToSexagesimal(370.25))   // expect: 010°30'00'', 000°00'00'', 010°15'00''
Trace(DecimalToSexagesimal(1.99999))   // expect: 002°00'00''
Trace(Round(SexagesimalToDecimal("048°51'24''"), 4), Round(SexagesimalToDecimal("-002°21'08''"), 4))   // expect: 48.8567, -2.3522
Trace(SexagesimalToDecimal("10°30'"), SexagesimalToDecimal(""), SexagesimalToDecimal("45°"))   // expect: 10.5, 0, 45
Trace(SexagesimalToDecimal("12°30'36"""))   // expect: 12.51
Trace(SexagesimalToDecimal(DecimalToSexagesimal(12.5)))   // expect: 12.5
Trace(SexagesimalToDecimal("north"), ErrorOccurred)   // expect: 0, 1
