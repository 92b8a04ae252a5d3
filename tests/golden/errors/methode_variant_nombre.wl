// une méthode de Variant appelée avec un mauvais nombre de paramètres : le message nomme
// la méthode comme l'écrit la fonction (il disait `.majuscule()`, en minuscules)
v est un Variant = "été"
Trace(v.Majuscule()) // expect: ÉTÉ
Trace(v.MAJUSCULE(1, 2)) // expect error: The method .Majuscule() is Majuscule, which expects 1 parameter(s) counting the value it is called on, but received 3.
