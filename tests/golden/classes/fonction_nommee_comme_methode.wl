// Dans une méthode, Taille(s) appelle la fonction du WLangage quand la méthode Taille de
// la classe ne prend pas d'argument (issue 8 ; docs/semantics.md).
CTexte est une Classe
	s est une chaîne
FIN
o est un CTexte
o.s = "abcd"
Trace(o.Longueur()) // expect: 4
Trace(o.Taille()) // expect: 99
Trace(o.Remplace("b")) // expect: aXcd
PROCÉDURE CTexte::Longueur()
RENVOYER Taille(:s)
PROCÉDURE CTexte::Taille()
RENVOYER 99
PROCÉDURE CTexte::Remplace(c)
RENVOYER Remplace(:s, c, "X") // trois arguments : la fonction, pas la méthode
