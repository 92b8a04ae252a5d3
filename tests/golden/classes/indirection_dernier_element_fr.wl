// Une indirection dont la dernière partie est un élément d'un membre (`{"o.m_t[1]"}`) :
// elle disait "'m_t[1]' is not a member of the class C" ; elle lit et écrit l'élément,
// comme un élément dans une partie du milieu (`{"o.m_t[1].n"}`) le faisait déjà. Le
// membre d'une structure aussi.
C est une Classe
	m_t est un tableau d'entiers
	m_x est un entier
FIN
ST est une Structure
	tab est un tableau de chaînes
FIN
o est un C
Ajoute(o.m_t, 7)
Ajoute(o.m_t, 8)
Trace({"o.m_t[1]"}, {"o:m_t[ 2 ]"}, {"O.M_T[1]", indVariable}) // expect: 7, 8, 7
{"o.m_t[2]"} = 9
Trace(o.m_t[2], {"o.m_t[2]"}) // expect: 9, 9
s est un ST
Ajoute(s.tab, "a")
{"s.tab[1]"} = "b"
Trace(s.tab[1], {"s.tab[1]"}) // expect: b, b
o.m_x = 3
Trace({"o.m_x"}) // expect: 3
