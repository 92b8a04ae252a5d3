// Une variable JSON qui contient un tableau est son texte JSON partout où un texte est
// attendu, comme celle qui contient un objet (type JSON ?1000023611 : "x" + j arrêtait
// l'exécution ; décidé, docs/builtins.md "The JSON type").
j est un JSON = "[1, 2, {""a"": true}]"
Trace("j = " + j)   // expect: j = [1,2,{"a":true}]
s est une chaîne = j
Trace(Taille(s))   // expect: 16
