// une propriété : procédures <get> et <set>
CTemp est une Classe
	m_celsius est un réel
FIN
t est un CTemp
t.Kelvin = 300
Trace(t.m_celsius) // expect: 26.85
Trace(t.Kelvin) // expect: 300
PROCÉDURE PUBLIQUE CTemp::Kelvin() <get>
RENVOYER :m_celsius + 273.15
PROCÉDURE PUBLIQUE CTemp::Kelvin(v) <set>
:m_celsius = v - 273.15
