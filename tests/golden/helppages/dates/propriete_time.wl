// Jumeau français de time_property.wl (page "Time (Property)", doc.windev.com ?2512069) :
// la page française n'est pas dans la copie consultée, le nom français de la propriété
// (la partie heure d'une DateHeure) n'y est donc pas vérifié : elle est écrite ici .Time,
// le reste en français. Un entier est un nombre de centièmes de seconde depuis minuit,
// HHMMSSCCC garde ses millièmes, et changer l'heure remplace les millièmes d'avant.
// Manipulations sur une variable DateHeure
DateDébut est une DateHeure = "200112121515"
HeureFin est une Heure = "1530"
Trace(DateDébut.Time) // expect: 15150000
// Changer l'heure
DateDébut.Time = "153050" // Modifier la partie Heure
Trace(DateDébut) // expect: 20011212153050000
DateDébut.Time = HeureFin
Trace(DateDébut) // expect: 20011212153000000
DateDébut.Time = 360000
Trace(DateDébut) // expect: 20011212010000000
DateDébut.Time = "153050123"
Trace(DateDébut) // expect: 20011212153050123
DateDébut.Time = "1530"
Trace(DateDébut) // expect: 20011212153000000
DateDébut.Time = "15305012"
Trace(DateDébut, DateDébut.Milliseconde) // expect: 20011212153050120, 120
STTravail est une Structure
	DateDébut est une DateHeure
	HeureFin est une Heure
FIN
Travail est un STTravail
// Manipulations sur une rubrique (ici le membre d'une structure)
Travail.DateDébut = "200112121515"
Travail.HeureFin = "1530"
Travail.DateDébut.Time = "153050"
Trace(Travail.DateDébut) // expect: 20011212153050000
Travail.DateDébut.Time = Travail.HeureFin
Trace(Travail.DateDébut) // expect: 20011212153000000
Travail.DateDébut.Time = 4500
Trace(Travail.DateDébut) // expect: 20011212000045000
// Une Heure garde les millièmes : HHMMSSCCC donné à une Heure les garde (120 avant)
h est une Heure = "153050123"
Trace(h, HeureVersChaîne(h), h.Milliseconde) // expect: 153050123, 15:30:50:12, 123
