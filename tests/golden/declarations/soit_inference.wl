// soit (let) déduit le type de la valeur, qui reste ensuite fixe
soit n = 10
soit ville = "Montpellier"
n = 7.8
Trace(n, ville) // expect: 7, Montpellier
