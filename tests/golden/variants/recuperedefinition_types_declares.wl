// RécupèreDéfinition d'une variable dont les valeurs ressemblent à celles d'un autre type
// à l'exécution (une Date à sa chaîne de chiffres, un Buffer à une chaîne, un monétaire à
// un numérique) donne la définition du type déclaré, comme TypeVar donne sa constante
// wl... (?1000019333 ; noms décidés : docs/builtins.md "Reflection"). Une Date disait
// "string" avant.
d est une Date = "20240105"
h est une Heure = "1230"
dh est une DateHeure = "20240105123000"
du est une Durée = 90 min
b est un Buffer = "AB"
m est un monétaire = 1.5
n est un numérique = 2.25
car est un caractère = "x"
u est une chaîne UNICODE = "é"
i8 est un entier sur 8 octets = 5000000000
Trace(RécupèreDéfinition(d).Nom, RécupèreDéfinition(d).Type = wlDate) // expect: date, 1
Trace(RécupèreDéfinition(h).Nom, RécupèreDéfinition(h).Type = wlHeure) // expect: time, 1
Trace(RécupèreDéfinition(dh).Nom, RécupèreDéfinition(dh).Type = wlDateHeure) // expect: datetime, 1
Trace(RécupèreDéfinition(du).Nom, RécupèreDéfinition(du).Type = wlDurée) // expect: duration, 1
Trace(RécupèreDéfinition(b).Nom, RécupèreDéfinition(b).Type = wlBuffer) // expect: buffer, 1
Trace(RécupèreDéfinition(m).Nom, RécupèreDéfinition(m).Type = wlMonétaire) // expect: currency, 1
Trace(RécupèreDéfinition(n).Nom, RécupèreDéfinition(n).Type = wlNumérique) // expect: numeric, 1
Trace(RécupèreDéfinition(car).Nom, RécupèreDéfinition(car).Type = wlCaractère) // expect: character, 1
Trace(RécupèreDéfinition(u).Nom, RécupèreDéfinition(u).Type = wlChaîneUnicode) // expect: unicode string, 1
Trace(RécupèreDéfinition(i8).Nom, RécupèreDéfinition(i8).Type = wlEntier_8) // expect: int, 1
Trace(RécupèreDéfinition(d).FamilleDéfinition = RécupèreDéfinition(5).FamilleDéfinition) // expect: 1
ST est une Structure
  dNaissance est une Date
FIN
s est un ST
tabJours est un tableau de Dates
TableauAjoute(tabJours, "20240101")
v est un Variant = DateDuJour()
Trace(RécupèreDéfinition(s.dNaissance).Nom, RécupèreDéfinition(tabJours[1]).Nom) // expect: date, date
Trace(RécupèreDéfinition(v).Nom, RécupèreDéfinition(Créneau()).Nom) // expect: date, datetime
dAbsente est une Date? = Null
Trace(RécupèreDéfinition(dAbsente) = Null, ErreurDétectée) // expect: 1, 1

PROCÉDURE Créneau() : DateHeure
RENVOYER Maintenant()
