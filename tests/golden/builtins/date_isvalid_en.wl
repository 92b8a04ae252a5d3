// <Date>.IsValid() / <Time>.IsValid(): DateValid and TimeValid as methods (it was
// "Unknown procedure or function 'IsValid'"). PC SOFT's runtime has DateEstValide and
// HeureEstValide beside DateValide and HeureValide (docs/builtins.md, "DateEstValide");
// the English names DateIsValid / TimeIsValid are INFERRED
d is Date = "20240229"
Trace(d.IsValid()) // expect: 1
s is string = "20230229"
Trace(s.IsValid(), DateIsValid("20230228")) // expect: 0, 1
t is Time = "2359"
Trace(t.IsValid(), TimeIsValid("2460")) // expect: 1, 0
