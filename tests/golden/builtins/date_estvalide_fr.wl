// <Date>.EstValide() / <Heure>.EstValide() : DateEstValide et HeureEstValide, les noms
// que le runtime de PC SOFT donne à DateValide et HeureValide (c'était "Unknown
// procedure or function") ; docs/builtins.md, "DateEstValide"
MaDate est une Date = "20240229"
Trace(MaDate.EstValide(), DateEstValide("20240230")) // expect: 1, 0
MonHeure est une Heure = "1230"
Trace(MonHeure.EstValide(), HeureEstValide("2500")) // expect: 1, 0
