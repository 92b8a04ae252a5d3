// ..Taille d'un membre qui n'est la rubrique d'aucun fichier (le membre Buffer d'une
// classe lu par l'analyseur de trames d'une socket : SI :bufEntrée..Taille >= 3 ET
// :bufEntrée[[1 À 3]] <> "DEB") est le ..Taille du membre, comme pour une variable ; la
// rubrique d'un fichier donne sa taille dans l'analyse. Il disait "A string has no
// property 'size'".
CLecteurTrame est une Classe
	bufEntrée est un Buffer
FIN
lecteur est un CLecteurTrame
Trace(lecteur.Reçoit("DE"), lecteur.bufEntrée..Taille) // expect: 1, 2
Trace(lecteur.Reçoit("BUT"), lecteur.bufEntrée..Taille) // expect: 1, 5
Trace(lecteur.Reçoit("x")) // expect: 1
lecteur2 est un CLecteurTrame
Trace(lecteur2.Reçoit("XYZ")) // expect: 0

PROCÉDURE CLecteurTrame::Reçoit(bufPartie est un Buffer)
:bufEntrée += bufPartie
SI :bufEntrée..Taille >= 3 ET :bufEntrée[[1 À 3]] <> "DEB" ALORS RENVOYER Faux
RENVOYER Vrai
