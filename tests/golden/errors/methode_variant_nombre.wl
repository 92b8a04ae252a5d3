// une méthode de Variant appelée avec un mauvais nombre de paramètres : le message nomme
// la méthode comme la ligne l'écrit (il disait `.majuscule()`, en minuscules, puis
// `.Majuscule()`, comme l'écrit la fonction)
v est un Variant = "été"
Trace(v.Majuscule()) // expect: ÉTÉ
Trace(v.MAJUSCULE(1, 2)) // expect error: The method .MAJUSCULE() is Majuscule, which expects 1 parameter(s) counting the value it is called on, but received 3.
