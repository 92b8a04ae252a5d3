// Page d'aide "Les différents types d'entiers" (doc.pcsoft.fr ?1514049) : ses exemples
// de déclaration (i = 5), et les bornes qu'elle donne pour chaque taille, affectées et
// tracées.
i est un entier
i = 5
Trace(i)                        // expect: 5
// Entier sur 1 octet : entre -128 et 127 (incluses)
i1 est un entier sur 1 octet
i1 = -128
Trace(i1)                       // expect: -128
i1 = 127
Trace(i1)                       // expect: 127
// Entier sur 2 octets : entre -32.768 et 32.767 (incluses)
i2 est un entier sur 2 octets
i2 = -32768
Trace(i2)                       // expect: -32768
i2 = 32767
Trace(i2)                       // expect: 32767
// Entier sur 4 octets : l'entier, environ -2 x 10^9 et 2 x 10^9
i4 est un entier sur 4 octets
i4 = 2147483647
Trace(i4)                       // expect: 2147483647
// Entier sur 8 octets
i8 est un entier sur 8 octets
i8 = 9223372036854775807
Trace(i8)                       // expect: 9223372036854775807
// Entiers sans signe
u1 est un entier sans signe sur 1 octet
u1 = 255
Trace(u1)                       // expect: 255
u2 est un entier sans signe sur 2 octets
u2 = 65535
Trace(u2)                       // expect: 65535
u4 est un entier sans signe sur 4 octets
u4 = 4294967295
Trace(u4)                       // expect: 4294967295
