// Page d'aide "Réel (Type de variable)" (doc.pcsoft.fr ?1514048) : ce que disent ses
// remarques, tracé : un réel déclaré sans valeur vaut 0 ; l'espace et '_' séparent les
// milliers ; un résultat de plus de 15 chiffres significatifs est arrondi à 15 ; "="
// entre réels est précis à 10e-6.
Num1 est un réel
Trace(Num1)                             // expect: 0
// num1 est un réel   (le Num1 de l'exemple : un nom n'est déclaré qu'une fois)
num1 = 123 456.478
Trace(num1)                             // expect: 123456.478
num2 est un réel
num2 = 7_014.478
Trace(num2)                             // expect: 7014.478
r est un réel = 1234567890.123456789
Trace(r)                                // expect: 1234567890.12346
a est un réel = 1.0000001
Trace(a = 1)                            // expect: 1
b est un réel = 1.00001
Trace(b = 1)                            // expect: 0
Petit est un réel sur 4 octets
Petit = 2.5
Trace(Petit * 2)                        // expect: 5
x, y sont des réels
Trace(x + y)                            // expect: 0
