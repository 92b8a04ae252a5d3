// "=" entre réels est précis à 10^-6 (page d'aide "Réel", ?1514048) : deux réels
// proches sont à la fois "=" et ">" ; un écart de 10^-5 se voit ; de même près de zéro
a est un réel = 1.0000001
Trace(a = 1, a > 1, a >= 1, a <> 1, a < 1) // expect: 1, 1, 1, 0, 0
b est un reel = 1.00001
Trace(b = 1, b <> 1, b > 1) // expect: 0, 1, 1
infime EST UN RÉEL = -0.0000004
Trace(infime = 0, infime < 0) // expect: 1, 1
somme est un réel = 0.1
somme = somme + 0.2
Trace(somme = 0.3, somme) // expect: 1, 0.3
