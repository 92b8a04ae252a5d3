// `tableau fixe de (::WSADESCRIPTION_LEN+1) entiers sur 1 octet` : la dimension est une
// expression de la constante de la classe, le type des éléments un entier sur 1 octet ;
// jumeau français de member_array_fixed_sized_by_class_constant.wl (où `array fixed of
// (...) 1-byte int` était une erreur de syntaxe).
// (docs/semantics.md "An array sized by a variable")
o est un CWinsock
Trace(o.szDescription.Occurrence, o.tabLarge.Occurrence)  // expect: 5, 3
o.szDescription[1] = 300
Trace(o.szDescription[1])                                 // expect: 44
t est un tableau fixe de (NTAILLE*2) entiers sans signe sur 4 octets
Trace(t.Occurrence)                                       // expect: 6

CONSTANTE
	NTAILLE = 3
FIN

CWinsock est une Classe
	CONSTANTE WSADESCRIPTION_LEN = 4
	szDescription est un tableau fixe de (::WSADESCRIPTION_LEN+1) entiers sur 1 octet
	tabLarge est un tableau fixe de (::WSADESCRIPTION_LEN-1) entiers sur 2 octets
FIN
