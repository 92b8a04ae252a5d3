// `o est un objet dynamique` : un objet de n'importe quelle classe, Null avant `allouer` ;
// lui affecter un objet le désigne (pas de copie)
CProduit est une Classe
	m_id est un entier
FIN
CFacture est une Classe
	m_total est un entier
FIN
o est un objet dynamique
SI o = Null ALORS Trace("Null au départ") // expect: Null au départ
o = allouer un CProduit
o.m_id = 7
autre est un objet dynamique = o
autre.m_id = 8
Trace(o.m_id) // expect: 8
o = allouer un CFacture // n'importe quelle classe
o.m_total = 100
Trace(o.m_total, autre.m_id) // expect: 100, 8
libérer o
Trace(o = Null) // expect: 1
