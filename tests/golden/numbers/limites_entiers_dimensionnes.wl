// entiers dimensionnés à leurs limites (issue 8) : un entier sur 8 octets reboucle sur
// 64 bits, pas 32 ; un entier sans signe reboucle à 0 et à son maximum ; toute casse
grand EST UN ENTIER SUR 8 OCTETS = 9223372036854775807
Trace(grand + 1) // expect: 9223372036854775808
grand++
Trace(grand) // expect: -9223372036854775808
grand--
Trace(grand) // expect: 9223372036854775807
bas est un entier sur 8 octets = -9223372036854775808
bas = bas - 1
Trace(bas) // expect: 9223372036854775807
s8 est un Entier Sans Signe Sur 8 Octets = -1
Trace(s8) // expect: 18446744073709551615
s8++
Trace(s8) // expect: 0
o1 est un entier sur 1 octet = 200
Trace(o1) // expect: -56
o2 est un entier sur 2 octets = -32769
Trace(o2) // expect: 32767
s4 est un entier sans signe sur 4 octets = 4294967296
Trace(s4) // expect: 0
vide est un entier sur 8 octets
vide = Null
Trace(vide) // expect: 0
