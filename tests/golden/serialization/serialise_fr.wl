// Sérialise et Désérialise, noms français.
STRUCTURE Client
    Nom est une chaîne
    Âge est un entier
FIN
c est un Client
c.Nom = "Léa"
c.Âge = 31
texte est une chaîne
Sérialise(c, texte, psdJSON)
Trace(texte)   // expect: {"Nom":"L\u00E9a","\u00C2ge":31}
autre est un Client
Désérialise(autre, "{""nom"": ""Zoé"", ""age"": 40, ""inconnu"": 1}", psdJSON)
Trace(autre.Nom + " " + autre.Âge)   // expect: Zoé 40
tampon est un Buffer
Sérialise(c, tampon, psdBinaire)
relu est un Client
Désérialise(relu, tampon, psdBinaire)
Trace(relu.Nom)   // expect: Léa
Désérialise(relu, "pas du binaire", psdBinaire)
Trace(ErreurDétectée)   // expect: 1
