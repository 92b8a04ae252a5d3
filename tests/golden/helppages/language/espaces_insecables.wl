// Les exemples des pages d'aide copiés depuis la page : leur code contient des espaces
// insécables (U+00A0) là où la page montre un espace, pour l'indentation et entre les
// mots. Chaque blanc des lignes de code ci-dessous en est un : Durée ?1514069, Réel
// ?1514048, SELON ?1510008 (un espace insécable est un blanc ; dans une chaîne, il reste
// un caractère de la chaîne). Avant le « : » du CAS 3, 4, l'espace fine insécable (U+202F)
// de la typographie française.
HeureDébut est une Heure = "1330"
HeureFin est une Heure = "1730"
DuréeConférence est une Durée = HeureFin - HeureDébut
Trace(DuréeConférence..EnHeures) // expect: 4
DuréeTâche est une Durée = 3 min 30 s
Trace(DuréeTâche..EnSecondes) // expect: 210
num1 est un réel
num1 = 123 456.478
Trace(num1) // expect: 123456.478
Valeur est un entier = 3
Résultat1 est une chaîne = SELON (Valeur, "Zoé", "Emma", "Camille", SINON "Pas trouvé")
Trace(Résultat1) // expect: Camille
SELON Valeur
    CAS 1 À 2 : Trace("petit")
    CAS 3, 4 : Trace("moyen")
FIN
// expect: moyen
Total est un entier = 1 + ...
    2
Trace(Total) // expect: 3
Trace(Taille("a b")) // expect: 3
