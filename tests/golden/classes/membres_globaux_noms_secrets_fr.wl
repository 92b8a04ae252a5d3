// Un membre GLOBAL ou une propriété GLOBALE d'une classe nommés comme un secret (un jeton,
// un mot de passe), lus ou remplis par le nom de la classe en argument d'un appel : les
// classes wxFirebase de PC SOFT écrivent `"Bearer " + CAuth.ExposeToken`.
// `Trace(CA.ExposeJeton)` et `Ajoute(CA.m_tabJetons, x)` s'arrêtaient sur une erreur
// interne (le suivi des secrets rencontrait le nom de la classe, qui ne nomme aucune
// variable) ; d'autres places nommées comme des secrets, pour comparer : le membre d'une
// structure et un membre JSON.
CA est une Classe
	GLOBAL
	m_tabJetons est un tableau de chaînes
	m_sJeton est une chaîne
FIN
ST est une Structure
	tabMotsDePasse est un tableau de chaînes
FIN
Ajoute(CA.m_tabJetons, "j1")
CA.m_tabJetons.Ajoute("j2")
Trace(CA.m_tabJetons.Occurrence) // expect: 2
CA::m_tabJetons.Ajoute("j3")
Trace(CA::m_tabJetons.Occurrence) // expect: 3
CA.m_sJeton = "abc"
Trace(Taille(CA.m_sJeton)) // expect: 3
Trace(CA.ExposeJeton) // expect: jeton-abc
Trace(Majuscule(CA.ExposeJeton)) // expect: JETON-ABC
Trace(CA::ExposeJeton) // expect: jeton-abc
st est un ST
Ajoute(st.tabMotsDePasse, "p")
Trace(st.tabMotsDePasse.Occurrence) // expect: 1
j est un JSON
j.jeton = CA.ExposeJeton
Trace(j.jeton) // expect: jeton-abc

PROCÉDURE GLOBALE CA::ExposeJeton() <lecture>
RENVOYER "jeton-" + m_sJeton
