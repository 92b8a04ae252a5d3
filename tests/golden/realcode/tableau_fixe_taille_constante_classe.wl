// Un tableau fixe dimensionné par la constante d'une autre classe écrite
// `Classe::CONSTANTE` (l'exemple de trames réseau de PC SOFT : `_nPacket est un tableau
// fixe de cCapture::TAILLE_MAXIMUM entiers sans signe sur 1 octet`) : les mots perdaient
// le `::`, la classe devenait le type des éléments et le premier élément rangé arrêtait
// l'exécution ("cannot be stored in the class ...") ; deux classes déclarant une
// constante du même nom, le tableau avait 0 élément sans un mot
cLimites est une Classe
	CONSTANTE TRAME_MAX = 6
FIN
cAutresLimites est une Classe
	CONSTANTE TRAME_MAX = 9
FIN
cTrame est une Classe
PROTÉGÉ
	_nOctets est un tableau fixe de cLimites::TRAME_MAX entier sans signe sur 1 octet
FIN
t est un cTrame
Trace(t.Remplit("ABCDEFGH")) // expect: 6 65 70
tCopie est un tableau fixe de cLimites::TRAME_MAX entiers
Trace(TableauOccurrence(tCopie), TypeVar(tCopie[1])) // expect: 6, 8
tCodes est un tableau de cLimites::TRAME_MAX chaînes
Trace(TableauOccurrence(tCodes)) // expect: 6
tOctets est un tableau fixe de cAutresLimites::TRAME_MAX entier sans signe sur 1 octet
Trace(TableauOccurrence(tOctets)) // expect: 9

PROCÉDURE cTrame::Remplit(sTexte est une chaîne)
POUR i = 1 _À_ cLimites::TRAME_MAX
	:_nOctets[i] = Asc(sTexte[[i]])
FIN
RENVOYER TableauOccurrence(:_nOctets) + " " + :_nOctets[1] + " " + :_nOctets[cLimites::TRAME_MAX]
