// opérateurs binaires : & ET, | OU, || OU exclusif, ~ NON, décalages en mots infixes
Trace(5 | 2, 6 & 3, 6 || 3) // expect: 7, 2, 5
Trace(~0) // expect: -1
Trace(1 bitDécaleGauche 3, 16 bitDécaleDroite 2) // expect: 8, 4
drapeaux est un entier = 0
drapeaux = drapeaux | 4
SI drapeaux & 4 = 4 ALORS Trace("bit 2 à 1") // expect: bit 2 à 1
