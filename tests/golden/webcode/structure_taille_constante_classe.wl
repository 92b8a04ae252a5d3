// Une structure déclarée après le FIN de sa classe, dans le code de déclaration de la
// classe, dimensionne un tableau fixe par la constante de la classe, comme la structure
// de trame d'un vrai projet WINDEV 28 ; elle s'emploie en CLecteurTrame.STTrame. Depuis
// que chaque classe a ses constantes, la taille était un nom inconnu : le membre devenait
// un Variant vide ("Index 1 is out of range"). Une taille dans un type peut nommer la
// constante de la seule classe qui la déclare (INFERRED : docs/semantics.md "A class's
// constants").
CLecteurTrame est une Classe
	CONSTANTE NB_VALEURS = 3
	nLues est un entier
FIN
STTrame est une Structure
	sEntête est une chaîne sur 3
	tabValeurs est un tableau fixe de NB_VALEURS entiers sur 2
FIN
stTrame est un CLecteurTrame.STTrame
stTrame.tabValeurs[3] = 7
Trace(stTrame.tabValeurs.Occurrence, stTrame.tabValeurs[3]) // expect: 3, 7
stAutre est un STTrame
Trace(stAutre.tabValeurs.Occurrence) // expect: 3
Trace(CLecteurTrame::NB_VALEURS) // expect: 3
