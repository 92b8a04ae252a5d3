// Attributs des membres d'une structure ou d'une classe : ceux documentés sont gardés
// (sérialise, mapping, nom, copie, clé unique...), un inconnu est WL222 à sa colonne, et un
// membre déclaré `<immuable>` est WL106 partout où il est affecté sauf dans le constructeur
// de sa classe
STCommande est une Structure
	nRéf est un entier <immuable> = 7
	sLibellé est une chaîne <sérialise=faux, mapping="Libelle">
	nBizarre est un entier <truc> // warning: WL222:25 unknown member attribute '<truc>': it is ignored
FIN
CClient est une Classe
	m_nId est un entier <immuable>
	m_tabMots est un tableau de chaînes <immuable>
	m_sNom est une chaîne <nom="nom", copie=profonde>
	m_sCode est une chaîne <clé unique>
	m_nDeux est un entier <utile, machin> // warning: WL222:32 unknown member attribute 'machin' in '<utile, machin>': it is ignored
FIN
st est un STCommande
st.sLibellé = "boîte"
st.nRéf = 8 // error: WL106:4 cannot change the member 'nRéf' of the structure STCommande: it is declared immutable, its value is the one its declaration gives
c est un CClient(1)
c.m_sNom = "Anne"
c.m_nId = 2 // error: WL106:3 cannot change the member 'm_nId' of the class CClient: it is declared immutable, only its declaration and CClient's constructor give it a value
TableauAjoute(c.m_tabMots, "vip") // error: WL106:17 cannot change the member 'm_tabMots' of the class CClient: it is declared immutable, only its declaration and CClient's constructor give it a value
Trace(st.nRéf, st.sLibellé, st.nBizarre, c.m_nId, c.m_sCode, c.m_nDeux)

PROCÉDURE CClient::Constructeur(n est un entier)
m_nId = n
TableauAjoute(m_tabMots, "nouveau")

PROCÉDURE CClient::Renomme()
m_nId = 0 // error: WL106:1 cannot change the member 'm_nId' of the class CClient: it is declared immutable, only its declaration and CClient's constructor give it a value
