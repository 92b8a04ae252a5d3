// identifiers may contain accented letters
Quantité is int = 3
Résultat1 is int = Quantité * 2
Trace(Résultat1) // expect: 6
Trace(QUANTITÉ) // expect: 3
