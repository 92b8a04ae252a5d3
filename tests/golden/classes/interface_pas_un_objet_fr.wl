// une variable d'une interface ne prend qu'un objet (ou Null) : un nombre arrête
// l'exécution là où il est rangé
IForme est une Interface
	PROCÉDURE Aire() : réel
FIN
f est une IForme = 3 // expect error: A value of type integer is not an object: it cannot be stored in a variable of the interface IForme.
