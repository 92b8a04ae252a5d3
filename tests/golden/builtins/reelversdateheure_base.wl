// RéelVersDateHeure est l'inverse de DateHeureVersRéel (1 = 1er janvier 1900).
Trace(RéelVersDateHeure(3.25)) // expect: 19000103060000000
Trace(DateHeureVersRéel(RéelVersDateHeure(37250.5))) // expect: 37250.5
Trace(DateHeureVersChaîne(RéelVersDateHeure(37250.5))) // expect: 25/12/2001 12:00:00:00
Trace(EntierVersDate(73773)) // expect: 20011225
