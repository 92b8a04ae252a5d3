// POUR TOUTE CHAÎNE ... SÉPARÉE PAR: the substrings of a string
sListe est une chaîne = "pain" + RC + "beurre" + RC + "lait"
POUR TOUTE CHAÎNE sArticle DE sListe SÉPARÉE PAR RC
    Trace(sArticle)
FIN
// expect: pain
// expect: beurre
// expect: lait
FOR EACH STRING w OF "a;b" SEPARATED BY ";"
    Trace("[" + w + "]")
END
// expect: [a]
// expect: [b]
