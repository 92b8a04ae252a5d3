// un membre tableau d'une structure ou d'une classe est dimensionné par des constantes :
// une variable y est WL111 à la variable (c'était une erreur interne)
CONSTANTE
	MAX = 3
FIN
n est un entier = 2
s est un STLigne
Trace(TableauOccurrence(s.a), n)

STLigne est une Structure
	a est un tableau de MAX + 1 entiers
	b est un tableau de n entiers // error: WL111:22 a member's array dimensions are constants or expressions of constants (a structure's or class's members are typed when compiling): size the array in the code (ArrayAdd, `m_t = new array of n int`)
FIN
