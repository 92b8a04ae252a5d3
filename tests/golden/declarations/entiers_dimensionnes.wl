// entiers dimensionnés avec leur vraie plage : entier sur 8 octets, sans signe
x est un entier sur 8 octets = 5000000000
Trace(x) // expect: 5000000000
v est un entier sans signe sur 1 octet = 300
Trace(v) // expect: 44
w est un entier sans signe sur 4 octets = -1
Trace(w) // expect: 4294967295
z est un entier système = 5000000000
Trace(z) // expect: 5000000000
