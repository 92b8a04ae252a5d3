// une propriété écrite sans <écriture>, ou lue sans <lecture>, est une erreur de
// compilation (?6010011) : WL106 / WL109
CJauge est une Classe
	m_n est un entier
FIN
j est un CJauge
j.Mesure = 3 // error: WL106:3 the property Mesure of CJauge is read-only (it has no <set> procedure)
Trace(j.Cible) // error: WL109:9 the property Cible of CJauge is write-only (it has no <get> procedure)
j.Cible = 4
Trace(j.Mesure)
Trace(CJauge::Mesure) // error: WL111:15 CJauge::Mesure is not a GLOBAL property: it belongs to an object (o.Mesure with o of CJauge), or declare its procedures PROCEDURE GLOBAL

PROCÉDURE CJauge::Mesure() <lecture>
RENVOYER m_n
PROCÉDURE CJauge::Cible(v est un entier) <écriture>
m_n = v
