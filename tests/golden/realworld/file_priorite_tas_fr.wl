// File de priorité des tickets de support : un tas binaire dans un tableau (le plus
// urgent d'abord, à urgence égale le plus ancien)
STTicket est une Structure
	nUrgence est un entier
	nOrdre est un entier
	sSujet est une chaîne
FIN

CFilePriorité est une Classe
	PRIVÉ
	m_tabTas est un tableau de STTicket
	m_nArrivées est un entier
FIN

f est un CFilePriorité
f.Ajoute(2, "imprimante")
f.Ajoute(5, "serveur arrêté")
f.Ajoute(3, "mot de passe")
f.Ajoute(5, "paie bloquée")
f.Ajoute(1, "souris")
Trace(f.Nombre(), f.Premier()) // expect: 5, serveur arrêté
sOrdre est une chaîne
TANTQUE PAS f.EstVide()
	sOrdre += [" > "] + f.Retire()
FIN
Trace(sOrdre) // expect: serveur arrêté > paie bloquée > mot de passe > imprimante > souris
Trace(f.Retire(), f.Nombre()) // expect: , 0

PROCÉDURE CFilePriorité::Ajoute(nUrgence est un entier, sSujet est une chaîne)
t est un STTicket
t.nUrgence = nUrgence
m_nArrivées++
t.nOrdre = m_nArrivées
t.sSujet = sSujet
TableauAjoute(m_tabTas, t)
// remontée
i est un entier = m_tabTas..Occurrence
TANTQUE i > 1 _ET_ AvantQue(i, i / 2)
	Échange(i, PartieEntière(i / 2))
	i = PartieEntière(i / 2)
FIN

PROCÉDURE CFilePriorité::Retire() : chaîne
SI m_tabTas..Occurrence = 0 ALORS RENVOYER ""
sSujet est une chaîne = m_tabTas[1].sSujet
m_tabTas[1] = m_tabTas[m_tabTas..Occurrence]
TableauSupprime(m_tabTas, m_tabTas..Occurrence)
// descente
i est un entier = 1
BOUCLE
	nG est un entier = 2 * i
	nD est un entier = nG + 1
	nMeilleur est un entier = i
	SI nG <= m_tabTas..Occurrence _ET_ AvantQue(nG, nMeilleur) ALORS nMeilleur = nG
	SI nD <= m_tabTas..Occurrence _ET_ AvantQue(nD, nMeilleur) ALORS nMeilleur = nD
	SI nMeilleur = i ALORS SORTIR
	Échange(i, nMeilleur)
	i = nMeilleur
FIN
RENVOYER sSujet

PROCÉDURE PRIVÉ CFilePriorité::AvantQue(a est un entier, b est un entier) : booléen
ta, tb sont des STTicket
ta = m_tabTas[a]
tb = m_tabTas[PartieEntière(b)]
SI ta.nUrgence <> tb.nUrgence ALORS RENVOYER ta.nUrgence > tb.nUrgence
RENVOYER ta.nOrdre < tb.nOrdre

PROCÉDURE PRIVÉ CFilePriorité::Échange(a est un entier, b est un entier)
tmp est un STTicket = m_tabTas[a]
m_tabTas[a] = m_tabTas[b]
m_tabTas[b] = tmp

PROCÉDURE CFilePriorité::Premier() : chaîne
RENVOYER (m_tabTas..Occurrence > 0 ? m_tabTas[1].sSujet SINON "")

PROCÉDURE CFilePriorité::Nombre() : entier
RENVOYER m_tabTas..Occurrence

PROCÉDURE CFilePriorité::EstVide() : booléen
RENVOYER m_tabTas..Vide
