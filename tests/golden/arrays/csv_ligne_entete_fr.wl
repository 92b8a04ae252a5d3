// CSVVersTableau(csv, tableau, séparateur, csvEntête) : la première ligne nomme les
// colonnes ; dans un tableau de structures chaque colonne va au membre de son nom, quel
// que soit l'ordre, la casse ou l'accent (docs/builtins.md "CSVToArray", INFERRED ; jumeau
// anglais csv_header_line_en.wl).
STClient est une Structure
	Nom est une chaîne
	Ville est une chaîne
	Échéance est un entier
END
tabC est un tableau de STClient
sCSV est une chaîne = "ECHEANCE;nom;Ville" + RC + "3;Dupont;Lyon" + RC + "12;Martin;Nice"
CSVVersTableau(sCSV, tabC, ";", csvEntête)
Trace(tabC..Occurrence) // expect: 2
POUR TOUT stC DE tabC
	Trace(stC.Nom, stC.Ville, stC.Échéance) // expect: Dupont, Lyon, 3
	// expect: Martin, Nice, 12
FIN
tabGrille est un tableau de 0 par 0 chaînes
CSVVersTableau("Code;Libellé" + RC + "A1;Pomme", tabGrille, ";", csvEntete)
Trace(TableauInfo(tabGrille, tiNombreLignes), tabGrille[1, 2]) // expect: 1, Pomme
CSVVersTableau("Nom;Pays" + RC + "Dupont;FR", tabC, ";", csvEntête) // expect error: CSVVersTableau: the header column 'Pays' names no member of STClient.
