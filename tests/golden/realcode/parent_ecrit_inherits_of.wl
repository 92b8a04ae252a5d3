// `inherits of Base` (avec ou sans accent : `inhérits of`) dans un code en mots français :
// l'exemple de trames réseau de PC SOFT écrit ainsi le parent d'une classe (son "hérite
// de" traduit mot à mot : `de` est `of` en anglais) ; c'était "unexpected 'of'" et la
// classe n'avait pas de parent
cPaquet est une Classe
PROTÉGÉ
	_nLongueur est un entier
FIN
cPaquetTCP est une Classe
	inhérits of cPaquet
PRIVÉ
	_nPort est un entier
FIN
t est un cPaquetTCP
t.Traite(60, 443)
Trace(t.Décris()) // expect: TCP 60 443
p est un cPaquet dynamique = t
Trace(p.Décris()) // expect: TCP 60 443

PROCÉDURE VIRTUELLE cPaquet::Traite(nLongueur est un entier, nPort est un entier)
:_nLongueur = nLongueur
PROCÉDURE cPaquet::Décris()
RENVOYER "paquet " + :_nLongueur
PROCÉDURE VIRTUELLE cPaquetTCP::Traite(nLongueur est un entier, nPort est un entier)
Ancêtre:Traite(nLongueur, nPort)
:_nPort = nPort
PROCÉDURE cPaquetTCP::Décris()
RENVOYER "TCP " + :_nLongueur + " " + :_nPort
