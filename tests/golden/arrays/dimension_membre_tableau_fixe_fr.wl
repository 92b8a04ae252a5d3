// Dimension(st) d'une structure contenant un tableau fixe donne la taille de la
// structure en octets, les éléments du tableau comptés dedans (ils sont dans la
// structure) : elle s'arrêtait sur "Dimension expects an array, a simple variable or a
// structure, not a value of type array". Un membre tableau dynamique n'a pas de taille
// en octets (ses éléments ne sont pas dans la structure) : dit en toutes lettres
// (*décidé* 6 déc. 2026, FS, INFERRED : docs/builtins.md "Dimension"). Jumeau anglais
// dimension_fixed_array_member_en.wl.
STEntête est une Structure
	nVersion est un entier
	tabCodes est un tableau fixe de 3 entiers
	tabGrille est un tableau fixe de 2 par 2 monétaires
	bDrapeau est un booléen
FIN
stE est un STEntête
Trace(Dimension(stE)) // expect: 57
Trace(Dimension(stE.tabCodes), Dimension(stE.nVersion)) // expect: 3, 4
STListe est une Structure
	tabNoms est un tableau de chaînes
FIN
stL est un STListe
QUAND EXCEPTION DANS
	Trace(Dimension(stL))
FAIRE
	Trace(ExceptionInfo()) // expect: Dimension: a structure holding a dynamic array has no size in bytes (the array's elements are not in the structure); a fixed array member has one (`t is fixed array of 3 int`).
FIN
