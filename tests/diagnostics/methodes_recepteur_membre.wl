// une méthode appelée sur un membre dont la déclaration donne la classe (`m_o` et
// `:m_o` dans une méthode, `v.m_p` ailleurs) : nombre et types des paramètres (aide
// ?1514076) vérifiés comme sur une variable de cette classe
CPièce est une Classe
	m_nom est une chaîne
FIN
CVoiture est une Classe
	m_o est un CPièce
FIN
v est une CVoiture
k est un entier = 4
v.m_o.Étiquette(k) // error: WL116:17 'k' is an int and the parameter 'sTexte' of CPièce::Étiquette is a string: WINDEV's compiler refuses a variable of another type there
PROCÉDURE CPièce::Étiquette(sTexte est une chaîne)
Trace("[" + sTexte + "]")
PROCÉDURE CVoiture::Roule()
n est un entier = 3
m_o.Étiquette(n) // error: WL116:15 'n' is an int and the parameter 'sTexte' of CPièce::Étiquette is a string: WINDEV's compiler refuses a variable of another type there
:m_o.Étiquette(n) // error: WL116:16 'n' is an int and the parameter 'sTexte' of CPièce::Étiquette is a string: WINDEV's compiler refuses a variable of another type there
m_o.Rien() // error: WL109:5 'Rien' is not a method of CPièce
