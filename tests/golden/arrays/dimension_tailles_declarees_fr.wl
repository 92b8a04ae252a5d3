// Dimension(x) d'une variable d'un type dimensionné : la taille que donne sa déclaration,
// quoi qu'elle contienne (docs/builtins.md "Dimension" ; runtime/declared_sizes.py). Un
// entier sur 8 octets donnait 4, un monétaire 8, une chaîne sur 10 la longueur de son
// contenu (0 vide). Monétaire 10 octets VERIFIED ?1514043 ; numérique 16 UNVERIFIED ;
// les autres INFERRED. Jumeau anglais dimension_declared_sizes_en.wl.
n1 est un entier sur 1 octet
n2 est un entier sur 2 octets
n4 est un entier sur 4 octets
n8 est un entier sur 8 octets
Trace(Dimension(n1), Dimension(n2), Dimension(n4), Dimension(n8)) // expect: 1, 2, 4, 8
u1 est un entier sans signe sur 1 octet
u2 est un entier sans signe sur 2 octets
u4 est un entier sans signe sur 4 octets
u8 est un entier sans signe sur 8 octets
Trace(Dimension(u1), Dimension(u2), Dimension(u4), Dimension(u8)) // expect: 1, 2, 4, 8
r4 est un réel sur 4 octets
r8 est un réel sur 8 octets
mPrix est un monétaire
nmTotal est un numérique
bPayé est un booléen
cSens est un caractère
Trace(Dimension(r4), Dimension(r8), Dimension(mPrix), Dimension(nmTotal)) // expect: 4, 8, 10, 16
TRACE(dimension(bPayé), DIMENSION(cSens)) // expect: 1, 1
sCode est une chaîne sur 10
sFixe est une chaîne fixe sur 10
sZ est une chaîne ASCIIZ sur 10
bufClé est un Buffer sur 12
sCode = "AB"
Trace(Dimension(sCode), Dimension(sFixe), Dimension(sZ), Dimension(bufClé)) // expect: 10, 10, 10, 12
sLibre est une chaîne = "AB"
Trace(Dimension(sLibre)) // expect: 2
STLigne est une Structure
	nId est un entier sur 8 octets
	mMontant est un monétaire
	sCode est une chaîne sur 10
	nQté est un entier sans signe sur 2 octets
	rTaux est un réel sur 4 octets
	bOk est un booléen
	cSens est un caractère
FIN
stL est un STLigne
Trace(Dimension(stL), Dimension(stL.nId), Dimension(stL:mMontant)) // expect: 36, 8, 10
Trace(Taille(2)) // expect: 2
PROCÉDURE Taille(LOCAL nPetit est un entier sur 2 octets)
RENVOYER Dimension(nPetit)
