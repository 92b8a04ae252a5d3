// HDéclareExterne ?3044204 (page française), son exemple tel quel : le fichier
// C:\GestCom\Fournisseur.fic n'existe pas ici (aucune table Fournisseur dans la base) :
// ErreurDétectée est Vrai et Erreur affiche HErreurInfo(), sans arrêter le programme.
// Déclaration d'une table FournisseurWD à partir du chemin complet
// de la table HFSQL Classic (extension .FIC comprise)
HDéclareExterne("C:\GestCom\Fournisseur.fic", "FournisseurWD")
SI ErreurDétectée = Vrai ALORS
	// Erreur de déclaration du fichier, on affiche l'erreur
	Erreur(HErreurInfo())
FIN
// expect stderr: HDéclareExterne: no data file Fournisseur in the database.
Trace(HErreur())                                                  // expect: 70900
