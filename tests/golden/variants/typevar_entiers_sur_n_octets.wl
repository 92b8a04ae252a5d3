// TypeVar et ..Type d'une variable, d'un membre ou d'un paramètre déclaré entier sur N
// octets (signé ou sans signe) : la constante de sa taille (wlEntier_8,
// wlEntierSansSigne_2... ; wlEntier_4 est wlEntier) ; une valeur qui n'est pas déclarée
// ainsi est wlEntier (valeurs des constantes : celles de wlinterp, docs/builtins.md)
n1 est un entier sur 1 octet
n8 est un entier sur 8 octets
u2 est un entier sans signe sur 2 octets
u4 est un entier sans signe
Trace(TypeVar(n1) = wlEntier_1, TypeVar(n8) = wlEntier_8, n8..Type = wlEntier_8) // expect: 1, 1, 1
Trace(TypeVar(u2) = wlEntierSansSigne_2, TypeVar(u4) = wlEntierSansSigne_4) // expect: 1, 1
Trace(wlentier_4 = wlEntier, wlEntierSansSigne_8 = wlUnsignedInt_8, wlENTIER_2 = wlInt_2) // expect: 1, 1, 1
v est un variant = n8
Trace(TypeVar(v) = wlEntier, TypeVar(42) = wlEntier) // expect: 1, 1
Compteur est une Structure
    nTotal est un entier sur 8 octets
FIN
c est un Compteur
Trace(TypeVar(c.nTotal) = wlEntier_8) // expect: 1
Affiche(u2) // expect: 1

PROCÉDURE Affiche(p est un entier sans signe sur 2 octets)
Trace(TypeVar(p) = wlEntierSansSigne_2)
