// une propriété écrite par un variant qui contient l'objet exécute son <écriture> ; une
// propriété qui n'a qu'une <lecture> écrite ainsi arrête l'exécution (?6010011)
CTemp est une Classe
	m_c est un réel
FIN
v est un variant = allouer un CTemp
v.Celsius = 20
Trace(v.Celsius, v.Fahrenheit) // expect: 20, 68
v.Fahrenheit = 50 // expect error: The property Fahrenheit of CTemp is read-only (it has no <set> procedure).
PROCÉDURE CTemp::Celsius() <lecture>
RENVOYER m_c
PROCÉDURE CTemp::Celsius(x est un réel) <écriture>
m_c = x
PROCÉDURE CTemp::Fahrenheit() <lecture>
RENVOYER m_c * 9 / 5 + 32
