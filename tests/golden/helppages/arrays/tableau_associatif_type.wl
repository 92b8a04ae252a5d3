// Page d'aide "Tableau associatif (Type de variable)" (?1514058) : l'exemple en français.
// Remplit un tableau associatif avec les tailles de fichiers
taTailleFichier est un tableau associatif d'entiers
taTailleFichier["Fichier1.txt"] = fTaille("Fichier1.txt")
taTailleFichier["Fichier2.txt"] = fTaille("Fichier2.txt")
// Récupère la taille d'un fichier
Trace(taTailleFichier["Fichier2.txt"]) // expect: -1
sFichier est une chaîne
nTaille est un entier
// sFichier permet de récupérer la clé de parcours du tableau associatif
POUR TOUT ÉLÉMENT nTaille,sFichier DE taTailleFichier
	Trace(ChaîneConstruit("%1 : %2", sFichier, nTaille))
FIN
// expect: Fichier1.txt : -1
// expect: Fichier2.txt : -1
