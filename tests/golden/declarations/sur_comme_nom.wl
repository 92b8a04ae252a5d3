// `sur` (et `on`, son équivalent anglais) sert aux types dimensionnés (`entier sur 8
// octets`) et aux sous-chaînes (`s[[2 sur 3]]`), et c'est aussi un nom : variable,
// paramètre ou compteur de boucle
sur est un entier = 3
Trace(sur) // expect: 3
sur++
grand est un entier sur 8 octets = 5000000000
Trace(grand + sur) // expect: 5000000004
s est une chaîne = "abcdef"
Trace(s[[2 sur 3]]) // expect: bcd
Trace(s[[sur sur 2]]) // expect: de
on est un entier = 2
Trace(on * sur) // expect: 8
POUR on = 1 À 2
	Trace(on) // expect: 1
	// expect: 2
FIN
Trace(Décuple(7)) // expect: 70
PROCÉDURE Décuple(sur)
RENVOYER sur * 10
