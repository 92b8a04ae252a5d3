// Une variable nommée comme son type structure, à la casse près (`stBobine est une
// STBobine`, puis `RENVOYER stBobine` : les noms du WLangage ignorent la casse) : dans la
// procédure le nom est la variable, remplie et renvoyée ; le nom du type seul donné comme
// valeur reste une erreur en mots (la structure n'est pas une variable).
STBobine est une Structure
	sMatière est une chaîne
	nGrammes est un entier
FIN
s est une STBobine = NouvelleBobine("PETG", 750)
Trace(s.sMatière + " " + s.nGrammes) // expect: PETG 750
Trace(TypeVar(s) = wlStructure) // expect: 1
Trace(TypeVar(STBobine)) // expect error: 'STBobine' is a class or structure, not a variable

PROCÉDURE NouvelleBobine(sMat est une chaîne, nG est un entier)
stBobine est une STBobine
stBobine.sMatière = sMat
stBobine.nGrammes = nG
RENVOYER stBobine
