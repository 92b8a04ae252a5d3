// `=` (et le `= valeur` d'une déclaration) copie une valeur d'un type de la bibliothèque,
// comme une structure ; `<-` fait désigner la même valeur (décidé : docs/semantics.md
// "Assigning a value of a library type")
r1 est une httpRequête
r1.URL = "a"
r2 est une HTTPREQUÊTE = r1
r2.URL = "b"
Trace(r1.URL, r2.URL) // expect: a, b
r3 est une httpRequete
r3 = r1
r3.URL = "c"
Trace(r1.URL, r3.URL) // expect: a, c
g1 est une géoPosition
g1.Latitude = 1
g2 est une geoPosition = g1
g2.Latitude = 2
Trace(g1.Latitude, g2.Latitude) // expect: 1, 2
f1 est une ftpConnexion
f1.Serveur = "un.example.org"
f2 est une ftpConnexion = f1
f2.Serveur = "deux.example.org"
Trace(f1.Serveur, f2.Serveur) // expect: un.example.org, deux.example.org
r4 est une httpRequête <- r1
r4.URL = "d"
Trace(r1.URL) // expect: d
