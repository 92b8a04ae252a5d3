// Page d'aide « Typage des paramètres » ?1514076, son second exemple : « la variable
// Indice n'est pas une chaîne : une erreur se produira à la compilation du projet ».
// Jumeau français écrit d'après la page anglaise, le corps de la procédure (« ... »)
// remplacé par une Trace à nous
Indice est un entier = 7
// Appel de la procédure MaProc
MaProc(Indice) // error: WL116:8 'Indice' is an int and the parameter 'Indice' of MaProc is a string: WINDEV's compiler refuses a variable of another type there
// -- Déclaration de la procédure MaProc
PROCÉDURE MaProc(Indice est une chaîne)
Trace(Indice)
