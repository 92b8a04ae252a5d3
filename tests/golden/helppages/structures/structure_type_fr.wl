// Page d'aide "Structure (Type de variable)" (?1514008) : ses exemples écrits en
// français (la déclaration, que la page répète, une fois), avec un Trace des membres.
// Déclarer une structure
RefProduit est une Structure
	CodeF est un entier
	CodePr est une chaîne fixe sur 10
FIN
// Déclarer une variable de type structure
Fauteuil est une RefProduit
// Manipuler un membre d'une variable de type structure
Fauteuil:CodeF = 7
Fauteuil:CodePr = "Meuble"
Trace(Fauteuil:CodeF, Fauteuil:CodePr, Taille(Fauteuil:CodePr)) // expect: 7, Meuble    , 10
// Déclarer et initialiser les membres d'une structure
point3D est une Structure
	x est un entier
	y est un entier
	z est un entier
FIN

p1 est un point3D = [0, 0, 50]
Trace(p1.x, p1.y, p1.z) // expect: 0, 0, 50
