// Page d'aide « Opérateurs d'indirection » ?1512005 (doc.pcsoft.fr), avec les noms
// français : ses exemples sans fenêtre ni fichier de données (CL est ici une variable
// structure), et son exemple de classe : `{"::Membre"+Numéro}` dans une procédure
// GLOBALE de la classe (erreur « no variable of the main code » avant).
NOM est une chaîne
NomClient est une chaîne = "Dupont"
STClient est une Structure
	NOMCLIENT est une chaîne
FIN
CL est un STClient
CL.NOMCLIENT = "Durand"
// Indirection simple
{"NOM"} = NomClient               // Equivaut à NOM=NomClient
Trace(NOM)
// expect: Dupont
{"NOM"} = {"CL.NOMCLIENT"}        // Equivaut à NOM=CL.NOMCLIENT
Trace(NOM)
// expect: Durand
MaClasse est une Classe
	GLOBAL Membre1 est une chaîne
	GLOBAL Membre2 est une chaîne
FIN
MaClasse::Membre1 = "premier"
MaClasse::Membre2 = "second"
MaClasse.AfficheMembre(2)
// expect: second
{"MaClasse::Membre1"} = "changé"
Trace(MaClasse::Membre1)
// expect: changé

PROCÉDURE GLOBALE MaClasse.AfficheMembre(Numéro)
Valeur est une chaîne = {"::Membre"+Numéro}
Trace(Valeur)
