// une méthode à plusieurs syntaxes appelée sur une variable déclarée de sa classe, avec
// des arguments de types connus : la syntaxe est choisie à la compilation, la même que
// celle que le répartiteur choisirait à l'exécution
CJournal est une Classe
	m_sTexte est une chaîne
FIN
j est un CJournal
j.Ajoute(3)
j.Ajoute("abc")
j.Ajoute("x", 2)
Trace(j.m_sTexte) // expect: entier 3;texte abc;texte x/2;

PROCÉDURE CJournal::Ajoute(n est un entier)
m_sTexte += "entier " + n + ";"
PROCÉDURE CJournal::Ajoute(s est une chaîne, nFois est un entier = 1)
m_sTexte += "texte " + s + (nFois > 1 ? "/" + nFois SINON "") + ";"
