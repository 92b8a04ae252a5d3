// une ligne d'interface qui commence comme un prototype sans nommer de méthode : erreur
// de syntaxe à cette ligne
IForme est une Interface
	PROCÉDURE Aire()
	PROPRIÉTÉ = 2 // expect error: a line of the interface IForme is a prototype: PROCEDURE Name(...) or PROPERTY Name
FIN
