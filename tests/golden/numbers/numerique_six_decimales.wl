// "Numérique (Type de variable)" (?1514072) : un numérique simple a 32 chiffres entiers
// et 6 décimales (VERIFIED) ; `numérique (*)` s'adapte à la valeur ; `numérique (e, d)`
// garde d décimales. Les décimales en trop sont arrondies au plus proche (décidé).
n est un numérique = 2 / 3
Trace(n) // expect: 0.666667
n = 0n1.2345674
Trace(n) // expect: 1.234567
n += 0n0.0000006
Trace(n) // expect: 1.234568
auto est un NUMÉRIQUE (*) = 0n7.123456789
Trace(auto) // expect: 7.123456789
p est un numerique (3,1) = 0n2.25
Trace(p) // expect: 2.3
ST est une Structure
    m est un numérique
FIN
s est un ST
s.m = 0n0.9999999
Trace(s.m) // expect: 1
t est un tableau de 2 numériques
t[2] = 1 / 7
Trace(t[2]) // expect: 0.142857
