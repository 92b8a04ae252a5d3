// bitDécaleGauche/bitDécaleDroite existent aussi en fonctions.
Trace(bitDécaleGauche(3, 2)) // expect: 12
Trace(bitDecaleDroite(12, 2)) // expect: 3
