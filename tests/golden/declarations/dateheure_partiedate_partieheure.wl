// `..PartieDate` et `..PartieHeure` d'une DateHeure sont ses parties date et heure,
// comme `..Date` et `..Time` (Time ?2512069 ; PartieDate / PartieHeure sont les noms
// que le code généré par PC SOFT lui-même donne à ces propriétés ; décidé :
// docs/semantics.md "A DateTime's date part"). Elles s'arrêtaient sur "A DateTime has
// no property 'PartieDate'". `..Heure` reste l'heure, un nombre.
dh est une DateHeure = "20240105123000"
Trace(dh..PartieDate, dh..PartieHeure, dh..Heure) // expect: 20240105, 12300000, 12
Trace(dh.PartieDate, dh.partieheure) // expect: 20240105, 12300000
dh..PartieDate = "20250101"
dh.PartieHeure = "0815"
Trace(dh) // expect: 20250101081500000
d est une Date = dh..PartieDate
Trace(d..Année, d..Jour) // expect: 2025, 1
ST_Rdv est une Structure
  dhDébut est une DateHeure
FIN
r est un ST_Rdv
r.dhDébut = "20240105123000"
r.dhDébut..PartieHeure = "0900"
Trace(r.dhDébut, r.dhDébut..PartieDate) // expect: 20240105090000000, 20240105
v est un Variant = dh
Trace(v..PartieDate, v..PartieHeure) // expect: 20250101, 08150000
