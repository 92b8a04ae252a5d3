// Page d'aide fAttributLectureSeule (?3036063, la page anglaise fAttributeReadOnly ;
// jumeau écrit par nous) : son exemple, le fichier créé dans le dossier temporaire au
// lieu de C:\temp, puis mis en lecture seule par la seconde syntaxe (le résultat est
// l'état précédent : Vrai si le fichier était en lecture seule, Faux sinon).
sFichier est une chaîne = fRepTemp() + fSep() + "wl_helppage_lectureseule_" + Hasard(1, 999999999) + ".doc"
fSauveTexte(sFichier, "rapport")
Trace(fAttributLectureSeule(sFichier, Vrai)) // expect: 0
SI fAttributLectureSeule(sFichier) = Vrai ALORS
	Trace("Le fichier C:\temp\Test.doc est en lecture seule") // expect: Le fichier C:\temp\Test.doc est en lecture seule
FIN
Trace(fAttributLectureSeule(sFichier, Faux), fAttributLectureSeule(sFichier)) // expect: 1, 0
// un fichier absent : Faux et ErreurDétectée
Trace(fAttributLectureSeule(sFichier + ".absent"), ErreurDétectée) // expect: 0, 1
fSupprime(sFichier)
