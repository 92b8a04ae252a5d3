// HListeRubrique(requête, hLstDétail) donne à chaque colonne un code de type (troisième
// colonne) : celui de la rubrique du même nom des fichiers lus, sinon le type que donne
// la base ; toutes les colonnes avaient le type 0.
Customer.Name = "Dupont"
Customer.Balance = 12.5
HAjoute(Customer)
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT Name, Balance, Notes, lower(Name) AS Bas FROM Customer")
POUR TOUTE CHAÎNE ligne DE HListeRubrique(sd, hLstDétail) SÉPARÉE PAR RC
	Trace(Minuscule(ExtraitChaîne(ligne, 1, TAB)), ExtraitChaîne(ligne, 3, TAB)) // (PostgreSQL : en minuscules)
FIN
// expect: name, 2
// expect: balance, 17
// expect: notes, 15
// expect: bas, 2
HLitPremier(sd)
Trace(sd.Bas, sd.Balance)                // expect: dupont, 12.5
fd est une Description de Fichier
dr est une Description de Rubrique
fd..Nom = "Image"
dr..Nom = "Contenu"
dr..Type = hRubriqueMémoBinaire
HDécritRubrique(fd, dr)
HDécritFichier(fd)
HCréation(Image)
Image.Contenu = "abc"
HAjoute(Image)
im est une Source de Données
HExécuteRequêteSQL(im, "SELECT Contenu FROM Image")
Trace(ExtraitChaîne(HListeRubrique(im, hLstDétail), 3, TAB)) // expect: 16
