// A data file described in code (HDescribeFile / HDescribeItem), then used like the others
fd is File Description
id is Item Description
fd..Name = "Note"
id..Name = "NoteID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Title"
id..Type = hItemText
id..Size = 30
id..KeyType = hDuplicatesKey
HDescribeItem(fd, id)
id..Name = "Score"
id..Type = hItemInt
id..KeyType = hNotAKey
HDescribeItem(fd, id)
Trace(HDescribeFile(fd))                   // expect: 1
HCreation(Note)
titles is array of strings = ["cherry", "Apple", "banana"]
FOR i = 1 TO 3
	HReset(Note)
	Note.Title = titles[i]
	Note.Score = i * 10
	HAdd(Note)
END
FOR EACH Note ON Title
	Trace(Note.NoteID, Note.Title, Note.Score)
END
// expect: 2, Apple, 20
// expect: 3, banana, 30
// expect: 1, cherry, 10
// French
dF est une Description de Fichier
dR est une Description de Rubrique
dF..Nom = "Mémo"
dR..Nom = "Texte"
dR..Type = hRubriqueTexte
dR..TypeClé = hCléUnique
HDécritRubrique(dF, dR)
HDécritFichier(dF)
HRAZ("Mémo")
Mémo.Texte = "x"
Trace(HAjoute("Mémo"), HAjoute("Mémo"), HErreurDoublon())   // expect: 1, 0, 1
