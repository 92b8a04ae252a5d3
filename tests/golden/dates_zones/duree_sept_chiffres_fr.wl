// Une Durée qui reçoit sept chiffres, "0000130" (issue 8, V, 7 déc. 2026 ; UNVERIFIED :
// la page Durée ?1514069 ne donne que la forme "+JHHMMSSCCC", dix chiffres au moins).
// Décidé : neuf chiffres ou moins sont ceux d'une heure, lus depuis la gauche comme le
// texte d'une Heure (HH, MM, SS, puis centièmes et millièmes) : "0000130" vaut 13 s,
// comme "000013" et "00001300" (docs/semantics.md "A Duration of seven digits").
du est une Durée = "0000130"
Trace(du..EnMillisecondes) // expect: 13000
Trace(du = "000013", du = "00001300", du = 13 s) // expect: 1, 1, 1
du = "1234567"
Trace(du..Heure, du..Minute, du..Seconde, du..Milliseconde) // expect: 12, 34, 56, 700
// la forme de la page, signée et de dix chiffres, se lit depuis la droite
du = "+0000000130"
Trace(du..EnMillisecondes) // expect: 130
