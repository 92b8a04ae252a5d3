// `t[i][Option] = Vrai` active une option d'une combinaison rangée dans un élément de
// tableau, un membre d'objet ou le membre d'une structure d'un tableau; `= Faux` l'enlève
Droits est une Combinaison
	DroitLecture
	DroitÉcriture
	DroitAdmin
FIN
t est un tableau de 3 Droits
t[2][DroitLecture] = Vrai
t[2][DroitÉcriture] = Vrai
SI t[2][DroitLecture] ET t[2][DroitEcriture] ET PAS t[1][DroitLecture] ALORS Trace("élément activé") // expect: élément activé
t[2][DroitLecture] = Faux
Trace(t[2] = DroitÉcriture) // expect: 1
i est un entier = 3
t[i][DroitAdmin + DroitLecture] = Vrai
Trace(t[3] = DroitAdmin + DroitLecture) // expect: 1
CUtilisateur est une Classe
	m_Droits est un Droits
FIN
u est un CUtilisateur
u.m_Droits[DroitAdmin] = Vrai
Trace(u:m_Droits = DroitAdmin) // expect: 1
Compte est une Structure
	Nom est une chaîne
	Accordés est un Droits
FIN
comptes est un tableau de 2 Compte
comptes[1].Accordés[DroitÉcriture] = Vrai
Trace(comptes[1].Accordés[DroitÉcriture], comptes[2].Accordés[DroitÉcriture]) // expect: 1, 0
utilisateurs est un tableau de 2 CUtilisateur
utilisateurs[2]:m_Droits[DroitLecture] = Vrai
Trace(utilisateurs[2].m_Droits = DroitLecture, utilisateurs[1].m_Droits = 0) // expect: 1, 1
grille est un tableau de 2 tableaux d'entiers
grille[1] = [1, 2, 3]
grille[1][2] = 9 // l'élément d'un tableau rangé dans un tableau : modifié sur place
Trace(grille[1][2]) // expect: 9
