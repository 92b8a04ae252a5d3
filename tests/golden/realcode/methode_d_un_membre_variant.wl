// un membre d'un type que personne ne déclare (une classe d'un fichier non rassemblé :
// l'exemple DirectX de PC SOFT, `m_pclDevice est un IDirect3DDevice9 dynamique`) est un
// variant : ses méthodes, `m_dev:M()`, `:m_dev:M()`, sont choisies à l'exécution sur
// l'objet qu'il contient (wl check disait WL102 "unknown procedure or function")
CPeripherique est une Classe
	m_n est un entier
FIN
CScene est une Classe
	m_dev est un IDirect3DDevice9 dynamique
	m_v est un variant
FIN
s est un CScene
s.Dessine()

PROCÉDURE CPeripherique::FixeEtat(n)
m_n += n
RENVOYER m_n

PROCÉDURE CScene::Constructeur()
m_dev = allouer un CPeripherique
m_v = allouer un CPeripherique

PROCÉDURE CScene::Dessine()
m_dev:FixeEtat(2)
:m_dev:FixeEtat(3)
Trace(m_dev:FixeEtat(1)) // expect: 6
Trace(:m_v:FixeEtat(4)) // expect: 4
m_dev:Absente(1) // expect error: The class CPeripherique has no method 'Absente'.
