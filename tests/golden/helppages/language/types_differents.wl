// Page d'aide "Les différents types de données (Type de variable)" (?1514064, la page
// anglaise est celle du stock ; jumeau français écrit ici) : les exemples de sa liste des
// "types simples", chacun dans sa procédure (la page déclare `b` et `MaMonnaie` deux fois),
// puis ce que dit la liste, tracé : un booléen vaut Vrai pour une valeur différente de 0 et
// Faux pour 0 ; un monétaire garde 6 décimales exactes ; un numérique garde 32 chiffres
// avant la virgule et 6 après ; un réel garde 15 chiffres significatifs.
ExempleBooléen()
ExempleEntier()
ExempleMonétaire()
ExempleNumérique()
ExempleRéel()

PROCÉDURE ExempleBooléen()
b est un booléen
b = 12
Trace(b)                                        // expect: 1
b = 0
Trace(b)                                        // expect: 0

PROCÉDURE ExempleEntier()
b est un entier
b = 7
Trace(b / 2)                                    // expect: 3.5

PROCÉDURE ExempleMonétaire()
MaMonnaie est un monétaire
MaMonnaie = 0.1 + 0.2
Trace(MaMonnaie = 0.3)                          // expect: 1
MaMonnaie = 1 / 3
Trace(MaMonnaie)                                // expect: 0.333333

PROCÉDURE ExempleNumérique()
MaMonnaie est un numérique
MaMonnaie = 0n12345678901234567890123456789012.123456
Trace(MaMonnaie)                                // expect: 12345678901234567890123456789012.123456

PROCÉDURE ExempleRéel()
TVA est un réel
TVA = 19.6
Trace(TVA)                                      // expect: 19.6
TVA = 1234567890.123456789
Trace(TVA)                                      // expect: 1234567890.12346
