// les variables du code principal sont visibles dans les procédures
gNom est une chaîne = "monde"
Salue() // expect: Bonjour monde

PROCÉDURE Salue()
Trace("Bonjour " + gNom)
