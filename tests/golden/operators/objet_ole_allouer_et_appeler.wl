// `allouer un objet OLE "serveur"` / `allouer un objet Automation` alloue ; obj>>Méthode(...)
// se lit et s'arrête sur l'erreur ActiveX/OLE à l'exécution ; libérer :m_membre dans une
// méthode (code de PC SOFT : la classe CExcel de WD Pilotage de Excel, écrit ici à neuf)
CTableur est une Classe
	m_pAppli est un objet OLE dynamique
FIN
t est un CTableur
Trace(t.Prépare()) // expect: alloué
Trace(t.Ferme()) // expect: libéré
Trace(t.Affiche())

PROCÉDURE CTableur::Prépare()
:m_pAppli = allouer un objet OLE "Excel.Application"
SI :m_pAppli <> Null ALORS RENVOYER "alloué"
RENVOYER "?"

PROCÉDURE CTableur::Ferme()
libérer :m_pAppli
SI :m_pAppli = Null ALORS RENVOYER "libéré"
RENVOYER "?"

PROCÉDURE CTableur::Affiche()
:m_pAppli = allouer un objet Automation "Excel.Application"
:m_pAppli>>Visible = Vrai // expect error: ActiveX/OLE is not available: '>>Visible'
RENVOYER "?"
