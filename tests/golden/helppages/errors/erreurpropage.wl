// Page ErreurPropage (doc.pcsoft.fr ?3034015) : son exemple d'utilisation (fOuvre dans une
// procédure qui transmet son erreur non fatale à l'appelant), puis la seconde syntaxe qui
// remplace le numéro d'erreur et ajoute un message en tête. Mêmes résultats que
// errorpropagate.wl.
OuvreFichier("/nonexistent/helppages/fichier.txt")
SI ErreurDétectée = Vrai ALORS
	// traiter l'erreur
	Trace("l'appelant voit l'erreur") // expect: l'appelant voit l'erreur
	Trace(ErreurInfo(errMessage) <> "") // expect: 1
FIN
OuvreFichierAvecCode("/nonexistent/helppages/fichier.txt")
SI ErreurDetectee ALORS
	Trace(ErreurInfo(errCode)) // expect: 12
	Trace(Gauche(ErreurInfo(errMessage), 22)) // expect: ouverture impossible :
FIN

PROCÉDURE OuvreFichier(LOCAL sNomFichier est une chaîne)
fOuvre(sNomFichier)
SI ErreurDétectée = Vrai ALORS
	ErreurPropage()
	RETOUR // ou RENVOYER
FIN

PROCÉDURE OuvreFichierAvecCode(LOCAL sNomFichier est une chaîne)
fOuvre(sNomFichier)
SI ErreurDétectée = Vrai ALORS
	ErreurPropage(12, "ouverture impossible : ")
	RETOUR
FIN
