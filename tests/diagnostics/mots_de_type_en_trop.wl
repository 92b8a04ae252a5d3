// Un mot après un type simple qui n'est pas sa taille, ou un type que la classe ne déclare
// pas : WL110 à ce mot (l'exécution s'y arrête avec les mêmes mots), où il était ignoré
CForme est une Classe
	m_nCôtés est un entier
FIN
PROCÉDURE Deux(p est une chaîne Autre) // error: WL110:33 'Autre' is not part of a type: 'chaîne' is a type of its own, and nothing but its size may follow it
Trace(p)
PROCÉDURE Principal()
nCompte est un entier Rien = 1 // error: WL110:23 'Rien' is not part of a type: 'entier' is a type of its own, and nothing but its size may follow it
nPoint est un entier.Rien = 1 // error: WL110:22 'Rien' is not part of a type: 'entier' is a type of its own, and nothing but its size may follow it
oForme est un CForme::Rien = Null // error: WL110:23 'CForme' declares no type 'Rien'
rQuatre est un réel sur 4 octets = 1
sCode est une chaîne sur 10 = "a"
nOctet est un entier sans signe sur 1 octet = 1
sAnsi est une chaîne ANSI = "a"
Trace(nCompte, nPoint, oForme, rQuatre, sCode, nOctet, sAnsi)
