// `PUBLIQUE CONSTANTE` seul sur sa ligne ouvre une section de membres (comme les classes
// DirectX de PC SOFT) : lisibles de l'extérieur, modifiés par les seules méthodes de la
// classe ; une section suivie de lignes `NOM = valeur` reste un bloc de constantes
CCaméra est une Classe
	publique constante
		m_x est un entier
		m_y, m_z sont des réels
	PRIVÉE
		m_nVitesse est un entier
	PUBLIQUE CONSTANTE
		VITESSE_MAX = 9
	FIN
FIN
c est un CCaméra
c.Déplace(2)
Trace(c.m_x, c.m_y, c.m_z) // expect: 2, 0.5, 4
Trace(c.VITESSE_MAX) // expect: 9

PROCÉDURE CCaméra::Déplace(n est un entier)
:m_nVitesse = n
:m_x = n
:m_y = n / 4
:m_z = n * 2
