// Page d'aide "JSON (Type de variable)" (doc.pcsoft.fr ?1000023611), sa liste de ce
// qu'une variable JSON peut recevoir : NULL, un booléen, un numérique, une chaîne de
// données au format JSON ; chaque valeur tracée par JSONVersChaîne.
V est un JSON
V = Vrai
Trace(JSONVersChaîne(V))                // expect: true
V = 3.5
Trace(JSONVersChaîne(V))                // expect: 3.5
Prix est un monétaire = 19.99
V = Prix
Trace(JSONVersChaîne(V))                // expect: 19.99
V = "{""id"": 5, ""name"": ""Luke Skywalker""}"
Trace(V.name)                           // expect: Luke Skywalker
V = Null   // (son texte est le nôtre : la page ne le montre pas)
Trace(JSONVersChaîne(V))                // expect: {}
