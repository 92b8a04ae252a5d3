// Un objet stocké dans une chaîne : l'exécution s'arrête là et nomme la classe de
// l'objet (c'était "A value of type structure cannot be converted to a string.")
CCLIENT est une Classe
	m_sNom est une chaîne
FIN
oClient est un cClient
sTexte est une chaîne = oClient // expect error: A value of type CCLIENT (an object) cannot be converted to a string.
Trace(sTexte)
