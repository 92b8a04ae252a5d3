// Le type JSON en français : membres créés à l'écriture, texte analysé à l'affectation.
STRUCTURE Client
    Nom est une chaîne
    Age est un entier
FIN
j est un JSON
j.client.nom = "Léa"
j.client.âge = 31
Trace(j)   // expect: {"client":{"nom":"Léa","âge":31}}
Trace(j.client.NOM)   // expect: Léa
Trace(j.absent..Existe)   // expect: 0
Trace(j)   // expect: {"client":{"nom":"Léa","âge":31}}
c est un Client
c.Nom = "Paul"
c.Age = 40
j.autre = c
Trace(j.autre)   // expect: {"Nom":"Paul","Age":40}
k est un JSON = "[1, 2]"
Trace(k[1] + k[2])   // expect: 3
m est un JSON = j
m.client.nom = "Zoé"
Trace(j.client.nom)   // expect: Léa
Trace(JSONVersVariant(j).client.âge)   // expect: 31
