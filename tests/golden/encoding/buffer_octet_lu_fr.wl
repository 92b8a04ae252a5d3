// Lire un octet d'un Buffer par [[i]] (décidé le 5 déc. 2026, docs/builtins.md) : la
// page du type Buffer (?1514042) montre l'écriture d'un octet par son nombre ; `b[[i]]`
// lu est l'octet en i comme un caractère (celui de ce code), comme [[ ]] donne un
// morceau de chaîne ; la valeur de l'octet est Asc(b[[i]]), la forme du code WINDEV qui
// lit des octets.
b est un Buffer = [0x57, 0xC9, 0x00, 0xFF]
Trace(Taille(b[[2]]), b[[2]] = Caract(201)) // expect: 1, 1
Trace(b[[1]] = "W", Asc(b[[1]]), Asc(b[[2]]), Asc(b[[3]]), Asc(b[[4]])) // expect: 1, 87, 201, 0, 255
nSomme est un entier
POUR i = 1 A Taille(b)
	nSomme += Asc(b[[i]])
FIN
Trace(nSomme) // expect: 543
// un octet lu puis réécrit par son nombre
b[[3]] = Asc(b[[1]]) + 1
Trace(BufferVersHexa(b)) // expect: 57 C9 58 FF
// au-delà de la fin : un Buffer vide, dont l'Asc est 0
Trace(Taille(b[[9]]), Asc(b[[9]])) // expect: 0, 0
