// CCC dans un masque d'heure : les millièmes (une DateHeure les garde, une Heure tient
// des centièmes : son chiffre des millièmes est 0) ; il écrivait "12C".
dh est une DateHeure = "20011212153050123"
Trace(DateHeureVersChaîne(dh, "HH:MM:SS:CCC")) // expect: 15:30:50:123
Trace(dh.VersChaîne("JJ/MM/AAAA HH:MM:SS:CCC")) // expect: 12/12/2001 15:30:50:123
h est une Heure = "15305012"
Trace(HeureVersChaîne(h, "HH:MM:SS:CCC"), HeureVersChaîne(h)) // expect: 15:30:50:120, 15:30:50:12
