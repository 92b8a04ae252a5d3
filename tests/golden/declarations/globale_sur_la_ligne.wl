// GLOBALE devant une déclaration sur sa ligne : cette déclaration (les variables du code
// principal sont les globales du programme, vues par ses procédures)
GLOBALE gnCompteur est un entier = 2
globale gsNom est une chaîne = "a"
Compter()
Trace(gnCompteur, gsNom)  // expect: 3, ab

PROCÉDURE Compter()
gnCompteur++
gsNom += "b"
